using BotRuntime.Dialogs;

namespace BotRuntime.Tests.Dialogs;

// Waits for the user until ended, and writes down why it ended.
internal sealed class ReasonRecordingDialog(string id, List<string> log) : Dialog(id)
{
    public override Task<DialogTurnResult> BeginDialogAsync(DialogContext dc, object? options = null, CancellationToken cancellationToken = default) =>
        Task.FromResult(EndOfTurn);

    public override Task<DialogTurnResult> ContinueDialogAsync(DialogContext dc, CancellationToken cancellationToken = default) =>
        dc.EndDialogAsync($"{Id} ended", cancellationToken);

    public override Task<DialogTurnResult> ResumeDialogAsync(DialogContext dc, DialogReason reason, object? result = null, CancellationToken cancellationToken = default)
    {
        log.Add($"{Id} resumed with {result}");
        return Task.FromResult(EndOfTurn);
    }

    public override Task RepromptDialogAsync(ITurnContext turnContext, DialogInstance instance, CancellationToken cancellationToken = default)
    {
        log.Add($"{Id} reprompted");
        return Task.CompletedTask;
    }

    public override Task EndDialogAsync(ITurnContext turnContext, DialogInstance instance, DialogReason reason, CancellationToken cancellationToken = default)
    {
        log.Add($"{Id} {reason}");
        return Task.CompletedTask;
    }
}
