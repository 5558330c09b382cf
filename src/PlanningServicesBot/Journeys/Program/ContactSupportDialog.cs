using System.Globalization;
using BotRuntime;
using BotRuntime.Dialogs;
using BotRuntime.Dialogs.Prompts;
using BotRuntime.State;
using Microsoft.Extensions.Options;
using NodaTime;
using PlanningServicesBot.Cards;
using PlanningServicesBot.Data.Support;
using PlanningServicesBot.Domain.Abstractions;
using PlanningServicesBot.Domain.Calendar;
using PlanningServicesBot.Domain.Partners;
using PlanningServicesBot.Domain.Vouchers;
using PlanningServicesBot.Identity;
using PlanningServicesBot.Intents;
using PlanningServicesBot.Localization;

namespace PlanningServicesBot.Journeys.Program;

/// <summary>
/// Contact support: the voucher it is about (unless given already; optional) and the question, then a card saying
/// where to follow up (EMEA partners: the EMEA mailbox; everyone else: a Partner Center service request) with a
/// button that records the request for support staff, with the conversation's last turns. The button carries
/// everything and an operation id, so pressing it twice records one request and answers with it again.
/// </summary>
public sealed class ContactSupportDialog : JourneyDialog
{
    public const string DialogId = "contactSupport";
    public const int MaxQuestionLength = 2000;
    private const string VoucherPrompt = "contactSupport.voucher";
    private const string QuestionPrompt = "contactSupport.question";
    private const int MaxAttempts = 3;

    private readonly BotText _text;
    private readonly IClock _clock;
    private readonly ProgramCalendar _calendar;
    private readonly VoucherNumberFormat _numbers;
    private readonly IPartnerRepository _partners;
    private readonly ISupportRequestRepository _requests;
    private readonly SupportOptions _options;
    private readonly UserDirectory _users;
    private readonly ConversationState _conversationState;
    private readonly SupportCards _cards;

    public ContactSupportDialog(
        BotText text,
        IClock clock,
        ProgramCalendar calendar,
        VoucherNumberFormat numbers,
        IPartnerRepository partners,
        ISupportRequestRepository requests,
        IOptions<SupportOptions> options,
        BotCards cards,
        UserDirectory users,
        ConversationState conversationState)
        : base(DialogId, UserIntent.ContactSupport)
    {
        _text = text;
        _clock = clock;
        _calendar = calendar;
        _numbers = numbers;
        _partners = partners;
        _requests = requests;
        _options = options.Value;
        _users = users;
        _conversationState = conversationState;
        _cards = new SupportCards(cards, text);

        AddDialog(new TextPrompt(VoucherPrompt, IsVoucherOrNoneAsync) { MaxAttempts = MaxAttempts });
        AddDialog(new TextPrompt(QuestionPrompt, IsQuestionAsync) { MaxAttempts = MaxAttempts });
        AddDialog(new WaterfallDialog($"{DialogId}.steps", [AskVoucherStepAsync, AskQuestionStepAsync, ShowContactStepAsync]));
        InitialDialogId = $"{DialogId}.steps";
    }

    /// <summary>Partner users and customers ask for support; support staff are the ones who answer.</summary>
    public override bool IsOfferedTo(BotUser user) => user.Kind is BotUserKind.PartnerUser or BotUserKind.Customer;

    private async Task<DialogTurnResult> AskVoucherStepAsync(WaterfallStepContext step, CancellationToken cancellationToken)
    {
        var user = await _users.ResolveAsync(step.Context, cancellationToken);
        if (!IsOfferedTo(user))
        {
            await step.Context.SendActivityAsync(MessageFactory.Text(_text["Support.ForStaff"]), cancellationToken);
            return await step.EndDialogAsync(null, cancellationToken);
        }

        if (SubmitString(step.Context.Activity, SupportCards.Decision) is { } decision)
        {
            return await SettleAsync(step, user, decision, cancellationToken);
        }

        if (_numbers.ParseOrNull(step.GetOptions<JourneyOptions>()?.VoucherNumber) is { } given)
        {
            return await step.NextAsync(given.Value, cancellationToken);
        }

        return await step.BeginDialogAsync(VoucherPrompt, new PromptOptions
        {
            Prompt = MessageFactory.Text(_text["Support.AskVoucher"]),
            RetryPrompt = MessageFactory.Text(_text["Support.AskVoucherRetry"]),
        }, cancellationToken);
    }

    private async Task<DialogTurnResult> AskQuestionStepAsync(WaterfallStepContext step, CancellationToken cancellationToken)
    {
        if (step.Result is not string answer)
        {
            return await GiveUpAsync(step, cancellationToken);
        }

        step.Values[SupportCards.Voucher] = _numbers.ParseOrNull(answer)?.Value ?? string.Empty;
        return await step.BeginDialogAsync(QuestionPrompt, new PromptOptions
        {
            Prompt = MessageFactory.Text(_text["Support.AskQuestion"]),
            RetryPrompt = MessageFactory.Text(_text.Format("Support.AskQuestionRetry", MaxQuestionLength.ToString("N0", CultureInfo.CurrentCulture))),
        }, cancellationToken);
    }

    private async Task<DialogTurnResult> ShowContactStepAsync(WaterfallStepContext step, CancellationToken cancellationToken)
    {
        if (step.Result is not string question)
        {
            return await GiveUpAsync(step, cancellationToken);
        }

        var partner = await PartnerOfAsync(step.Context, cancellationToken);
        var voucher = (string?)step.Values[SupportCards.Voucher] is { Length: > 0 } number ? number : null;
        var card = _cards.Contact(SupportRoute.For(partner, _options), partner, voucher, question.Trim());
        await step.Context.SendActivityAsync(MessageFactory.Attachment(card), cancellationToken);
        return await step.EndDialogAsync(null, cancellationToken);
    }

    /// <summary>Acts on the contact card's buttons: records the request once per operation id, or records nothing.</summary>
    private async Task<DialogTurnResult> SettleAsync(WaterfallStepContext step, BotUser user, string decision, CancellationToken cancellationToken)
    {
        var context = step.Context;
        var activity = context.Activity;
        var key = OperationKeyOf(activity);
        var partner = await PartnerOfAsync(context, cancellationToken);
        var route = SupportRoute.For(partner, _options);
        var userTime = UserTimeFor(context, _calendar.Zone);
        var question = SubmitString(activity, SupportCards.Question)?.Trim();
        if (decision != SupportCards.Send)
        {
            // A request already recorded from this card stays recorded; say so rather than "nothing recorded".
            var reply = await _requests.FindByOperationKeyAsync(key, cancellationToken) is { } recorded
                ? MessageFactory.Attachment(_cards.Recorded(recorded, route, partner, userTime), _text["Operation.AlreadyDone"])
                : MessageFactory.Text(_text.Format("Support.NotRecorded", _cards.RouteText(route)));
            await context.SendActivityAsync(reply, cancellationToken);
            return await step.EndDialogAsync(null, cancellationToken);
        }

        if (string.IsNullOrEmpty(question) || question.Length > MaxQuestionLength)
        {
            await context.SendActivityAsync(MessageFactory.Text(_text["Support.CardUnreadable"]), cancellationToken);
            return await step.EndDialogAsync(null, cancellationToken);
        }

        var requester = new SupportRequester(
            activity.ChannelId ?? string.Empty,
            activity.Conversation?.Id ?? string.Empty,
            activity.From?.Id ?? string.Empty,
            user.PartnerUser?.DisplayName ?? activity.From?.Name,
            user.PartnerUser?.MpnId,
            user.AadObjectId);
        var request = new SupportRequest(
            key,
            _clock.GetCurrentInstant(),
            requester,
            _numbers.ParseOrNull(SubmitString(activity, SupportCards.Voucher)),
            question,
            route.Address,
            await RecentTurnsMiddleware.ReadAsync(_conversationState, context, cancellationToken));
        var receipt = await _requests.RecordAsync(request, cancellationToken);
        await context.SendActivityAsync(MessageFactory.Attachment(
            _cards.Recorded(receipt.Recorded, route, partner, userTime),
            receipt.AlreadyRecorded ? _text["Operation.AlreadyDone"] : null), cancellationToken);
        return await step.EndDialogAsync(receipt.Recorded.Reference, cancellationToken);
    }

    private async Task<Partner?> PartnerOfAsync(ITurnContext context, CancellationToken cancellationToken) =>
        (await _users.ResolveAsync(context, cancellationToken)).PartnerUser is { } partnerUser
            ? await _partners.FindAsync(partnerUser.MpnId, cancellationToken)
            : null;

    private async Task<DialogTurnResult> GiveUpAsync(WaterfallStepContext step, CancellationToken cancellationToken)
    {
        await step.Context.SendActivityAsync(MessageFactory.Text(_text["Support.TooManyAttempts"]), cancellationToken);
        return await step.EndDialogAsync(null, cancellationToken);
    }

    private Task<bool> IsVoucherOrNoneAsync(PromptValidatorContext<string> prompt, CancellationToken cancellationToken)
    {
        var answer = prompt.Recognized.Value?.Trim() ?? string.Empty;
        var saysNone = _text["Support.NoVoucherWords"].Split('|', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries)
            .Contains(answer.TrimEnd('.', '!'), StringComparer.CurrentCultureIgnoreCase);
        return Task.FromResult(prompt.Recognized.Succeeded && (saysNone || _numbers.TryParse(answer, out _)));
    }

    private static Task<bool> IsQuestionAsync(PromptValidatorContext<string> prompt, CancellationToken cancellationToken) =>
        Task.FromResult(prompt.Recognized.Succeeded && prompt.Recognized.Value!.Trim().Length is > 0 and <= MaxQuestionLength);
}
