using BotRuntime;
using BotRuntime.Dialogs;
using PlanningServicesBot.Cards;
using PlanningServicesBot.Domain.Vouchers;
using PlanningServicesBot.Identity;
using PlanningServicesBot.Intents;
using PlanningServicesBot.Journeys;
using PlanningServicesBot.Localization;

namespace PlanningServicesBot.Dialogs;

/// <summary>
/// The root dialog: routes a request to its journey, and handles help, cancel, start over and menu at any step
/// before the active journey sees the message. A journey button pressed in the middle of another journey starts
/// that journey on top; when it ends, the interrupted one picks up where it was.
/// </summary>
public sealed class MainDialog : ComponentDialog
{
    public const string DialogId = "main";
    private const string RouteId = "main.route";

    private readonly IntentRecognizer _intents;
    private readonly MenuCards _menus;
    private readonly BotText _text;
    private readonly VoucherNumberFormat _numbers;
    private readonly UserDirectory _users;
    private readonly IReadOnlyDictionary<UserIntent, JourneyDialog> _journeys;

    public MainDialog(IntentRecognizer intents, MenuCards menus, BotText text, VoucherNumberFormat numbers, UserDirectory users, IEnumerable<JourneyDialog> journeys)
        : base(DialogId)
    {
        _intents = intents;
        _menus = menus;
        _text = text;
        _numbers = numbers;
        _users = users;
        _journeys = journeys.ToDictionary(j => j.Intent);
        foreach (var journey in _journeys.Values)
        {
            AddDialog(journey);
        }

        AddDialog(new WaterfallDialog(RouteId, [RouteStepAsync, FinishStepAsync]));
        InitialDialogId = RouteId;
    }

    protected override async Task<DialogTurnResult> OnContinueDialogAsync(DialogContext innerDc, CancellationToken cancellationToken)
    {
        var context = innerDc.Context;
        var intent = _intents.Recognize(context.Activity);
        switch (intent)
        {
            case UserIntent.Help:
                await context.SendActivityAsync(MessageFactory.Attachment(_menus.Help()), cancellationToken);
                await innerDc.RepromptDialogAsync(cancellationToken);
                return EndOfTurn;
            case UserIntent.Cancel:
                await innerDc.CancelAllDialogsAsync(cancellationToken);
                await context.SendActivityAsync(MessageFactory.Attachment(await MenuAsync(context, cancellationToken), _text["Cancel.Done"]), cancellationToken);
                return new DialogTurnResult(DialogTurnStatus.Cancelled);
            case UserIntent.Menu:
                await innerDc.CancelAllDialogsAsync(cancellationToken);
                await context.SendActivityAsync(MessageFactory.Attachment(await MenuAsync(context, cancellationToken)), cancellationToken);
                return new DialogTurnResult(DialogTurnStatus.Cancelled);
            case UserIntent.StartOver:
                await innerDc.CancelAllDialogsAsync(cancellationToken);
                return await innerDc.BeginDialogAsync(RouteId, null, cancellationToken);
            case var journey when IntentRecognizer.CardAction(context.Activity) is not null && _journeys.ContainsKey(journey):
                return await BeginJourneyAsync(innerDc, journey, null, cancellationToken);
            default:
                return await base.OnContinueDialogAsync(innerDc, cancellationToken);
        }
    }

    private async Task<DialogTurnResult> RouteStepAsync(WaterfallStepContext step, CancellationToken cancellationToken)
    {
        var context = step.Context;
        var user = await _users.ResolveAsync(context, cancellationToken);
        var typedNumber = FindVoucherNumber(context.Activity.Text);
        var intent = _intents.Recognize(context.Activity);
        if (intent == UserIntent.None && typedNumber is not null)
        {
            // A bare voucher number: customers check its status, partners see its deadlines.
            intent = user.Kind == BotUserKind.Customer ? UserIntent.VoucherStatus : UserIntent.VoucherDeadlines;
        }

        if (_journeys.ContainsKey(intent))
        {
            return await BeginJourneyAsync(step, intent, typedNumber, cancellationToken);
        }

        var reply = intent switch
        {
            UserIntent.Help => MessageFactory.Attachment(_menus.Help()),
            UserIntent.Cancel => MessageFactory.Attachment(_menus.MainMenu(user), _text["Cancel.NothingToCancel"]),
            UserIntent.StartOver => MessageFactory.Attachment(_menus.MainMenu(user), _text["StartOver.Done"]),
            UserIntent.Menu => MessageFactory.Attachment(_menus.MainMenu(user)),
            _ => MessageFactory.Attachment(_menus.MainMenu(user), _text["Fallback.NotUnderstood"]),
        };
        await context.SendActivityAsync(reply, cancellationToken);
        return await step.EndDialogAsync(null, cancellationToken);
    }

    private Task<DialogTurnResult> BeginJourneyAsync(DialogContext dc, UserIntent intent, VoucherNumber? voucherNumber, CancellationToken cancellationToken) =>
        dc.BeginDialogAsync(_journeys[intent].Id, new JourneyOptions { VoucherNumber = voucherNumber?.Value }, cancellationToken);

    private async Task<BotRuntime.Schema.Attachment> MenuAsync(ITurnContext context, CancellationToken cancellationToken) =>
        _menus.MainMenu(await _users.ResolveAsync(context, cancellationToken));

    private VoucherNumber? FindVoucherNumber(string? text) =>
        (text ?? string.Empty)
            .Split([' ', '\t', '\n', ',', ';', '?', '!', '(', ')', ':', '"', '\''], StringSplitOptions.RemoveEmptyEntries)
            .Select(token => _numbers.ParseOrNull(token.TrimEnd('.')))
            .FirstOrDefault(number => number is not null);

    private static Task<DialogTurnResult> FinishStepAsync(WaterfallStepContext step, CancellationToken cancellationToken) =>
        step.EndDialogAsync(step.Result, cancellationToken);
}
