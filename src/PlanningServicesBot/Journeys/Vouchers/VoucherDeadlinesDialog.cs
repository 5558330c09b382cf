using BotRuntime;
using BotRuntime.Dialogs;
using BotRuntime.Dialogs.Prompts;
using NodaTime;
using PlanningServicesBot.Cards;
using PlanningServicesBot.Domain.Abstractions;
using PlanningServicesBot.Domain.Calendar;
using PlanningServicesBot.Domain.Vouchers;
using PlanningServicesBot.Identity;
using PlanningServicesBot.Intents;
using PlanningServicesBot.Localization;

namespace PlanningServicesBot.Journeys.Vouchers;

/// <summary>
/// "When must I redeem 7K2Q-XJ4M-0B9C?": the voucher's timeline card, for a voucher of the user's company.
/// Customers asking the same are taken to the status check, which first proves they know the voucher.
/// </summary>
public sealed class VoucherDeadlinesDialog : JourneyDialog
{
    public const string DialogId = "voucherDeadlines";
    private const string NumberPrompt = "voucherDeadlines.number";

    private readonly BotText _text;
    private readonly IClock _clock;
    private readonly ProgramCalendar _calendar;
    private readonly VoucherNumberFormat _numbers;
    private readonly IVoucherRepository _vouchers;
    private readonly ICustomerRepository _customers;
    private readonly UserDirectory _users;
    private readonly VoucherTimelineCard _card;

    public VoucherDeadlinesDialog(
        BotText text,
        IClock clock,
        ProgramCalendar calendar,
        VoucherNumberFormat numbers,
        IVoucherRepository vouchers,
        ICustomerRepository customers,
        UserDirectory users,
        VoucherTimelineCard card)
        : base(DialogId, UserIntent.VoucherDeadlines)
    {
        _text = text;
        _clock = clock;
        _calendar = calendar;
        _numbers = numbers;
        _vouchers = vouchers;
        _customers = customers;
        _users = users;
        _card = card;
        AddDialog(new TextPrompt(NumberPrompt, (prompt, _) => Task.FromResult(prompt.Recognized.Succeeded && numbers.ParseOrNull(prompt.Recognized.Value) is not null)) { MaxAttempts = 3 });
        AddDialog(new WaterfallDialog($"{DialogId}.steps", [AskNumberStepAsync, ShowTimelineStepAsync]));
        InitialDialogId = $"{DialogId}.steps";
    }

    // Reached by typing a question or from a voucher in the list, not from the menu.
    public override bool IsOfferedTo(BotUser user) => false;

    private async Task<DialogTurnResult> AskNumberStepAsync(WaterfallStepContext step, CancellationToken cancellationToken)
    {
        var options = step.GetOptions<JourneyOptions>() ?? new JourneyOptions();
        var user = await _users.ResolveAsync(step.Context, cancellationToken);
        if (user.Kind != BotUserKind.PartnerUser)
        {
            return await step.ReplaceDialogAsync(VoucherStatusDialog.DialogId, options, cancellationToken);
        }

        if (_numbers.ParseOrNull(options.VoucherNumber ?? SubmitString(step.Context.Activity, "voucher")) is { } number)
        {
            return await step.NextAsync(number.Value, cancellationToken);
        }

        return await step.BeginDialogAsync(NumberPrompt, new PromptOptions
        {
            Prompt = MessageFactory.Text(_text["Deadlines.AskNumber"]),
            RetryPrompt = MessageFactory.Text(_text["Deadlines.AskNumberRetry"]),
        }, cancellationToken);
    }

    private async Task<DialogTurnResult> ShowTimelineStepAsync(WaterfallStepContext step, CancellationToken cancellationToken)
    {
        if (step.Result is not string answer || _numbers.ParseOrNull(answer) is not { } number)
        {
            await step.Context.SendActivityAsync(MessageFactory.Text(_text["Status.TooManyAttempts"]), cancellationToken);
            return await step.EndDialogAsync(null, cancellationToken);
        }

        var user = await _users.ResolveAsync(step.Context, cancellationToken);
        var voucher = await _vouchers.FindAsync(number, cancellationToken);
        if (voucher is null || voucher.PartnerMpnId != user.PartnerUser?.MpnId)
        {
            // The same answer whether the voucher does not exist or belongs to someone else.
            await step.Context.SendActivityAsync(MessageFactory.Text(_text.Format("Deadlines.NotFound", number.Value)), cancellationToken);
            return await step.EndDialogAsync(null, cancellationToken);
        }

        var customer = await _customers.FindAsync(voucher.AgreementNumber, cancellationToken);
        var card = _card.Render(voucher, customer, _clock.GetCurrentInstant(), UserTimeFor(step.Context, _calendar.Zone));
        await step.Context.SendActivityAsync(MessageFactory.Attachment(card), cancellationToken);
        return await step.EndDialogAsync(voucher.Number.Value, cancellationToken);
    }
}
