using BotRuntime.Dialogs;
using BotRuntime.Schema;

namespace BotRuntime.Tests.Dialogs;

// The core-bot interruptible base: "help" answers and keeps waiting, "cancel" ends everything inside.
internal abstract class CancelAndHelpDialog(string id) : ComponentDialog(id)
{
    protected override async Task<DialogTurnResult> OnContinueDialogAsync(DialogContext innerDc, CancellationToken cancellationToken)
    {
        var text = innerDc.Context.Activity.IsType(ActivityTypes.Message) ? innerDc.Context.Activity.Text?.Trim().ToLowerInvariant() : null;
        switch (text)
        {
            case "help" or "?":
                await innerDc.Context.SendActivityAsync("Help: answer the question, or say cancel.", inputHint: InputHints.ExpectingInput, cancellationToken: cancellationToken);
                return EndOfTurn;
            case "cancel" or "quit":
                await innerDc.Context.SendActivityAsync("Cancelling.", cancellationToken: cancellationToken);
                return await innerDc.CancelAllDialogsAsync(cancellationToken);
            default:
                return await base.OnContinueDialogAsync(innerDc, cancellationToken);
        }
    }
}
