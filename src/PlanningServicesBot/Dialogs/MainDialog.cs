using BotRuntime;
using BotRuntime.Dialogs;
using PlanningServicesBot.Cards;
using PlanningServicesBot.Domain.Vouchers;
using PlanningServicesBot.Intents;
using PlanningServicesBot.Localization;

namespace PlanningServicesBot.Dialogs;

/// <summary>
/// The root dialog: routes a request to its journey, and handles help, cancel, start over and menu at any step
/// before the active journey sees the message.
/// </summary>
public sealed class MainDialog : ComponentDialog
{
    public const string DialogId = "main";
    private const string RouteId = "main.route";

    private readonly IntentRecognizer _intents;
    private readonly MenuCards _menus;
    private readonly BotText _text;
    private readonly VoucherNumberFormat _numbers;

    public MainDialog(IntentRecognizer intents, MenuCards menus, BotText text, VoucherNumberFormat numbers, VoucherStatusDialog voucherStatus)
        : base(DialogId)
    {
        _intents = intents;
        _menus = menus;
        _text = text;
        _numbers = numbers;
        AddDialog(voucherStatus);
        AddDialog(new WaterfallDialog(RouteId, [RouteStepAsync, FinishStepAsync]));
        InitialDialogId = RouteId;
    }

    protected override async Task<DialogTurnResult> OnContinueDialogAsync(DialogContext innerDc, CancellationToken cancellationToken)
    {
        var intent = _intents.Recognize(innerDc.Context.Activity);
        switch (intent)
        {
            case UserIntent.Help:
                await innerDc.Context.SendActivityAsync(MessageFactory.Attachment(_menus.Help()), cancellationToken);
                await innerDc.RepromptDialogAsync(cancellationToken);
                return EndOfTurn;
            case UserIntent.Cancel:
                await innerDc.CancelAllDialogsAsync(cancellationToken);
                await innerDc.Context.SendActivityAsync(MessageFactory.Attachment(_menus.MainMenu(), _text["Cancel.Done"]), cancellationToken);
                return new DialogTurnResult(DialogTurnStatus.Cancelled);
            case UserIntent.Menu:
                await innerDc.CancelAllDialogsAsync(cancellationToken);
                await innerDc.Context.SendActivityAsync(MessageFactory.Attachment(_menus.MainMenu()), cancellationToken);
                return new DialogTurnResult(DialogTurnStatus.Cancelled);
            case UserIntent.StartOver:
                await innerDc.CancelAllDialogsAsync(cancellationToken);
                return await innerDc.BeginDialogAsync(RouteId, null, cancellationToken);
            default:
                return await base.OnContinueDialogAsync(innerDc, cancellationToken);
        }
    }

    private async Task<DialogTurnResult> RouteStepAsync(WaterfallStepContext step, CancellationToken cancellationToken)
    {
        var activity = step.Context.Activity;
        var typedNumber = _numbers.ParseOrNull(activity.Text);
        var intent = typedNumber is not null ? UserIntent.VoucherStatus : _intents.Recognize(activity);
        switch (intent)
        {
            case UserIntent.VoucherStatus:
                return await step.BeginDialogAsync(
                    VoucherStatusDialog.DialogId,
                    new VoucherStatusOptions { VoucherNumber = typedNumber?.Value },
                    cancellationToken);
            case UserIntent.Help:
                await step.Context.SendActivityAsync(MessageFactory.Attachment(_menus.Help()), cancellationToken);
                break;
            case UserIntent.Cancel:
                await step.Context.SendActivityAsync(MessageFactory.Attachment(_menus.MainMenu(), _text["Cancel.NothingToCancel"]), cancellationToken);
                break;
            case UserIntent.StartOver:
                await step.Context.SendActivityAsync(MessageFactory.Attachment(_menus.MainMenu(), _text["StartOver.Done"]), cancellationToken);
                break;
            case UserIntent.Menu:
                await step.Context.SendActivityAsync(MessageFactory.Attachment(_menus.MainMenu()), cancellationToken);
                break;
            default:
                await step.Context.SendActivityAsync(MessageFactory.Attachment(_menus.MainMenu(), _text["Fallback.NotUnderstood"]), cancellationToken);
                break;
        }

        return await step.EndDialogAsync(null, cancellationToken);
    }

    private static Task<DialogTurnResult> FinishStepAsync(WaterfallStepContext step, CancellationToken cancellationToken) =>
        step.EndDialogAsync(step.Result, cancellationToken);
}
