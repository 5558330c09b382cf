using System.Text.Json.Nodes;
using System.Text.Json.Serialization.Metadata;
using BotRuntime.Schema;

namespace BotRuntime.Dialogs;

// A dialog made of dialogs: its own DialogSet and an inner stack kept in its instance state under "dialogs".
// Override OnContinueDialogAsync to handle interruptions (help, cancel) before the inner dialogs see a message.
public class ComponentDialog : Dialog
{
    public const string PersistedDialogState = "dialogs";

    public ComponentDialog(string dialogId)
        : base(dialogId)
    {
    }

    // Defaults to the first dialog added.
    public string? InitialDialogId { get; set; }

    protected DialogSet Dialogs { get; } = new();

    public ComponentDialog AddDialog(Dialog dialog)
    {
        Dialogs.Add(dialog);
        InitialDialogId ??= dialog.Id;
        return this;
    }

    public Dialog? FindDialog(string dialogId) => Dialogs.Find(dialogId);

    public override async Task<DialogTurnResult> BeginDialogAsync(DialogContext outerDc, object? options = null, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(outerDc);
        var instance = outerDc.ActiveDialog ?? throw new InvalidOperationException($"Component '{Id}' is not on the dialog stack.");
        var innerDc = CreateChildContext(outerDc);
        var turnResult = await OnBeginDialogAsync(innerDc, options, cancellationToken).ConfigureAwait(false);
        return await AfterInnerTurnAsync(outerDc, instance, turnResult, cancellationToken).ConfigureAwait(false);
    }

    public override async Task<DialogTurnResult> ContinueDialogAsync(DialogContext outerDc, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(outerDc);
        var instance = outerDc.ActiveDialog ?? throw new InvalidOperationException($"Component '{Id}' is not on the dialog stack.");
        var innerDc = CreateChildContext(outerDc);
        var turnResult = await OnContinueDialogAsync(innerDc, cancellationToken).ConfigureAwait(false);
        return await AfterInnerTurnAsync(outerDc, instance, turnResult, cancellationToken).ConfigureAwait(false);
    }

    // A dialog this component pushed on the outer stack ended: the inner dialog asks again.
    public override async Task<DialogTurnResult> ResumeDialogAsync(DialogContext outerDc, DialogReason reason, object? result = null, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(outerDc);
        if (outerDc.ActiveDialog is { } instance)
        {
            await RepromptDialogAsync(outerDc.Context, instance, cancellationToken).ConfigureAwait(false);
        }

        return EndOfTurn;
    }

    public override async Task RepromptDialogAsync(ITurnContext turnContext, DialogInstance instance, CancellationToken cancellationToken = default)
    {
        var innerDc = new DialogContext(Dialogs, turnContext, InnerState(instance));
        await innerDc.RepromptDialogAsync(cancellationToken).ConfigureAwait(false);
        await OnRepromptDialogAsync(turnContext, instance, cancellationToken).ConfigureAwait(false);
    }

    public override async Task EndDialogAsync(ITurnContext turnContext, DialogInstance instance, DialogReason reason, CancellationToken cancellationToken = default)
    {
        if (reason == DialogReason.CancelCalled)
        {
            var innerDc = new DialogContext(Dialogs, turnContext, InnerState(instance));
            await innerDc.CancelAllDialogsAsync(cancellationToken).ConfigureAwait(false);
        }

        await OnEndDialogAsync(turnContext, instance, reason, cancellationToken).ConfigureAwait(false);
    }

    // The inner context of this component's instance at the top of `outerDc`.
    public DialogContext CreateChildContext(DialogContext outerDc)
    {
        ArgumentNullException.ThrowIfNull(outerDc);
        var instance = outerDc.ActiveDialog ?? throw new InvalidOperationException($"Component '{Id}' is not on the dialog stack.");
        return new DialogContext(Dialogs, outerDc, InnerState(instance));
    }

    protected virtual Task<DialogTurnResult> OnBeginDialogAsync(DialogContext innerDc, object? options, CancellationToken cancellationToken)
    {
        var initial = InitialDialogId ?? throw new InvalidOperationException($"Component '{Id}' has no dialogs to begin.");
        return innerDc.BeginDialogAsync(initial, options, cancellationToken);
    }

    protected virtual Task<DialogTurnResult> OnContinueDialogAsync(DialogContext innerDc, CancellationToken cancellationToken) =>
        innerDc.ContinueDialogAsync(cancellationToken);

    protected virtual Task OnEndDialogAsync(ITurnContext turnContext, DialogInstance instance, DialogReason reason, CancellationToken cancellationToken) =>
        Task.CompletedTask;

    protected virtual Task OnRepromptDialogAsync(ITurnContext turnContext, DialogInstance instance, CancellationToken cancellationToken) =>
        Task.CompletedTask;

    protected virtual Task<DialogTurnResult> EndComponentAsync(DialogContext outerDc, object? result, CancellationToken cancellationToken) =>
        outerDc.EndDialogAsync(result, cancellationToken);

    // The inner stack is a live object: read from storage it is one already (DialogStateConverter), and a stack given
    // as plain JSON is converted once.
    private static DialogState InnerState(DialogInstance instance) =>
        DialogOptionsJson.ReadLive(instance.State, PersistedDialogState, () => new DialogState());

    private async Task<DialogTurnResult> AfterInnerTurnAsync(DialogContext outerDc, DialogInstance instance, DialogTurnResult turnResult, CancellationToken cancellationToken)
    {
        if (turnResult.Status == DialogTurnStatus.Waiting)
        {
            return EndOfTurn;
        }

        // An inner dialog may already have cancelled the outer stack (cancelParents); then there is nothing left to end.
        if (!ReferenceEquals(outerDc.ActiveDialog, instance))
        {
            return turnResult;
        }

        return await EndComponentAsync(outerDc, turnResult.Result, cancellationToken).ConfigureAwait(false);
    }
}
