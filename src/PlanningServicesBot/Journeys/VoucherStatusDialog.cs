using System.Globalization;
using System.Net.Mail;
using System.Text.Json;
using BotRuntime;
using BotRuntime.Dialogs;
using BotRuntime.Dialogs.Prompts;
using BotRuntime.Schema;
using BotRuntime.State;
using NodaTime;
using PlanningServicesBot.Cards;
using PlanningServicesBot.Domain.Calendar;
using PlanningServicesBot.Domain.Operations;
using PlanningServicesBot.Domain.Vouchers;
using PlanningServicesBot.Identity;
using PlanningServicesBot.Intents;
using PlanningServicesBot.Localization;
using PlanningServicesBot.StatusCheck;

namespace PlanningServicesBot.Journeys;

/// <summary>
/// A customer's voucher status check: the voucher number, then the voucher administrator's e-mail, then the status
/// card. A wrong number and a wrong e-mail get the same answer, and repeated failures lock the user out for a while.
/// </summary>
public sealed class VoucherStatusDialog : JourneyDialog
{
    public const string DialogId = "voucherStatus";
    private const string NumberPrompt = "voucherStatus.number";
    private const string EmailPrompt = "voucherStatus.email";
    private const string NumberKey = "number";
    private const int MaxAttempts = 3;

    private readonly BotText _text;
    private readonly IClock _clock;
    private readonly ProgramCalendar _calendar;
    private readonly VoucherNumberFormat _numbers;
    private readonly VoucherOperations _vouchers;
    private readonly VoucherStatusCard _card;
    private readonly StatusCheckGuard _guard;
    private readonly IStatePropertyAccessor<StatusCheckRecord> _record;

    public VoucherStatusDialog(
        BotText text,
        IClock clock,
        ProgramCalendar calendar,
        VoucherNumberFormat numbers,
        VoucherOperations vouchers,
        VoucherStatusCard card,
        StatusCheckGuard guard,
        UserState userState)
        : base(DialogId, UserIntent.VoucherStatus)
    {
        _text = text;
        _clock = clock;
        _calendar = calendar;
        _numbers = numbers;
        _vouchers = vouchers;
        _card = card;
        _guard = guard;
        _record = userState.CreateProperty<StatusCheckRecord>("statusCheck");

        AddDialog(new TextPrompt(NumberPrompt, IsVoucherNumberAsync) { MaxAttempts = MaxAttempts });
        AddDialog(new TextPrompt(EmailPrompt, IsEmailAsync) { MaxAttempts = MaxAttempts });
        AddDialog(new WaterfallDialog($"{DialogId}.steps", [AskNumberStepAsync, AskEmailStepAsync, ShowStatusStepAsync]));
        InitialDialogId = $"{DialogId}.steps";
    }

    /// <summary>Customers check status; partner users and staff see vouchers through their own journeys.</summary>
    public override bool IsOfferedTo(BotUser user) => user.Kind == BotUserKind.Customer;

    private async Task<DialogTurnResult> AskNumberStepAsync(WaterfallStepContext step, CancellationToken cancellationToken)
    {
        var record = await _record.GetAsync(step.Context, () => new StatusCheckRecord(), cancellationToken);
        if (_guard.LockedUntil(record, _clock.GetCurrentInstant()) is { } until)
        {
            await SayLockedOutAsync(step.Context, until, cancellationToken);
            return await step.EndDialogAsync(null, cancellationToken);
        }

        var given = step.GetOptions<JourneyOptions>()?.VoucherNumber;
        if (_numbers.ParseOrNull(given) is { } number)
        {
            return await step.NextAsync(number.Value, cancellationToken);
        }

        return await step.BeginDialogAsync(NumberPrompt, new PromptOptions
        {
            Prompt = MessageFactory.Text(_text["Status.AskNumber"]),
            RetryPrompt = MessageFactory.Text(_text["Status.AskNumberRetry"]),
        }, cancellationToken);
    }

    private async Task<DialogTurnResult> AskEmailStepAsync(WaterfallStepContext step, CancellationToken cancellationToken)
    {
        if (step.Result is not string answer)
        {
            return await GiveUpAsync(step, cancellationToken);
        }

        step.Values[NumberKey] = _numbers.ParseOrNull(answer)!.Value;
        return await step.BeginDialogAsync(EmailPrompt, new PromptOptions
        {
            Prompt = MessageFactory.Text(_text["Status.AskEmail"]),
            RetryPrompt = MessageFactory.Text(_text["Status.AskEmailRetry"]),
        }, cancellationToken);
    }

    private async Task<DialogTurnResult> ShowStatusStepAsync(WaterfallStepContext step, CancellationToken cancellationToken)
    {
        if (step.Result is not string email)
        {
            return await GiveUpAsync(step, cancellationToken);
        }

        var now = _clock.GetCurrentInstant();
        var record = await _record.GetAsync(step.Context, () => new StatusCheckRecord(), cancellationToken);
        var number = new VoucherNumber((string)step.Values[NumberKey]!);
        var voucher = await _vouchers.FindByNumberAndAdminEmailAsync(number, email.Trim(), cancellationToken);
        if (voucher is null)
        {
            var lockedUntil = _guard.RecordFailure(record, now);
            await _record.SetAsync(step.Context, record, cancellationToken);
            if (lockedUntil is { } until)
            {
                await SayLockedOutAsync(step.Context, until, cancellationToken);
            }
            else
            {
                await step.Context.SendActivityAsync(NoMatchReply(), cancellationToken);
            }

            return await step.EndDialogAsync(null, cancellationToken);
        }

        _guard.RecordSuccess(record);
        await _record.SetAsync(step.Context, record, cancellationToken);
        var userTime = new UserTime(UserTime.ZoneFor(step.Context.Activity.LocalTimezone, _calendar.Zone), CultureInfo.CurrentCulture);
        await step.Context.SendActivityAsync(MessageFactory.Attachment(_card.Render(voucher, now, userTime)), cancellationToken);
        return await step.EndDialogAsync(voucher.Number.Value, cancellationToken);
    }

    private Activity NoMatchReply() => MessageFactory.SuggestedActions(
        [
            IntentAction(_text["Status.Suggest.TryAgain"], UserIntent.VoucherStatus),
            IntentAction(_text["Status.Suggest.Menu"], UserIntent.Menu),
        ],
        _text["Status.NoMatch"]);

    // messageBack posts the value as a card submit does; Web Chat shows the user's bubble only when text is set too.
    private static CardAction IntentAction(string title, UserIntent intent) =>
        new(ActionTypes.MessageBack, title, JsonSerializer.SerializeToElement(new Dictionary<string, string>
        {
            [IntentRecognizer.ActionProperty] = intent.ToString(),
        }))
        {
            Text = title,
            DisplayText = title,
        };

    private async Task<DialogTurnResult> GiveUpAsync(WaterfallStepContext step, CancellationToken cancellationToken)
    {
        await step.Context.SendActivityAsync(MessageFactory.Text(_text["Status.TooManyAttempts"]), cancellationToken);
        return await step.EndDialogAsync(null, cancellationToken);
    }

    private Task SayLockedOutAsync(ITurnContext context, Instant until, CancellationToken cancellationToken)
    {
        var userTime = new UserTime(UserTime.ZoneFor(context.Activity.LocalTimezone, _calendar.Zone), CultureInfo.CurrentCulture);
        return context.SendActivityAsync(MessageFactory.Text(_text.Format("Status.LockedOut", userTime.Moment(until))), cancellationToken);
    }

    private Task<bool> IsVoucherNumberAsync(PromptValidatorContext<string> prompt, CancellationToken cancellationToken) =>
        Task.FromResult(prompt.Recognized.Succeeded && _numbers.TryParse(prompt.Recognized.Value, out _));

    private static Task<bool> IsEmailAsync(PromptValidatorContext<string> prompt, CancellationToken cancellationToken) =>
        Task.FromResult(prompt.Recognized.Succeeded
            && MailAddress.TryCreate(prompt.Recognized.Value?.Trim(), out var address)
            && address.Address.Equals(prompt.Recognized.Value!.Trim(), StringComparison.OrdinalIgnoreCase));
}
