using BotRuntime;
using BotRuntime.Dialogs;
using BotRuntime.Dialogs.Prompts;

namespace PlanningServicesBot.Benchmarks.Runtime;

/// <summary>
/// Asks for a voucher number with a validated text prompt, acknowledges the answer and asks again: every turn
/// continues a waiting prompt, runs a waterfall step, replaces the dialog and prompts, so turns are all alike.
/// </summary>
public sealed class VoucherNumberLoopDialog : ComponentDialog
{
    public const string DialogId = "voucherNumberLoop";
    private const string NumberPrompt = "voucherNumberLoop.number";

    public VoucherNumberLoopDialog()
        : base(DialogId)
    {
        AddDialog(new TextPrompt(NumberPrompt, (prompt, _) => Task.FromResult(prompt.Recognized.Succeeded && prompt.Recognized.Value?.Length == 14)));
        AddDialog(new WaterfallDialog($"{DialogId}.steps", [AskStepAsync, AcknowledgeStepAsync]));
        InitialDialogId = $"{DialogId}.steps";
    }

    private static Task<DialogTurnResult> AskStepAsync(WaterfallStepContext step, CancellationToken cancellationToken) =>
        step.BeginDialogAsync(NumberPrompt, new PromptOptions
        {
            Prompt = MessageFactory.Text("What is the voucher number? It looks like 7K2Q-XJ4M-0B9C."),
            RetryPrompt = MessageFactory.Text("That doesn't look like a voucher number."),
        }, cancellationToken);

    private static async Task<DialogTurnResult> AcknowledgeStepAsync(WaterfallStepContext step, CancellationToken cancellationToken)
    {
        await step.Context.SendActivityAsync(MessageFactory.Text($"Checking voucher {step.Result}…"), cancellationToken);
        return await step.ReplaceDialogAsync(step.ActiveDialog!.Id, null, cancellationToken);
    }
}
