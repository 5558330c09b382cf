using System.Text.Json.Nodes;

namespace BotRuntime.Dialogs;

// What a waterfall step sees: the dialog's options and values (JSON, kept in dialog state), the result of the
// previous step or of the dialog it started, and the stack operations of a DialogContext.
public class WaterfallStepContext : DialogContext
{
    private readonly WaterfallDialog parent;
    private bool nextCalled;

    internal WaterfallStepContext(WaterfallDialog parent, DialogContext dc, JsonNode? options, JsonObject values, int index, DialogReason reason, object? result)
        : base(dc)
    {
        this.parent = parent;
        Options = options;
        Values = values;
        Index = index;
        Reason = reason;
        Result = result;
    }

    public int Index { get; }

    // The options the dialog was begun with, as JSON; see GetOptions<T>.
    public JsonNode? Options { get; }

    public DialogReason Reason { get; }

    // The previous step's NextAsync value, the text of the user's reply, or the result of a dialog this step began.
    public object? Result { get; }

    // Values shared by the steps of this dialog instance; stored with the dialog stack.
    public JsonObject Values { get; }

    public T? GetOptions<T>() => DialogOptionsJson.FromNode<T>(Options);

    // Skips waiting for the user and runs the next step with `result`.
    public async Task<DialogTurnResult> NextAsync(object? result = null, CancellationToken cancellationToken = default)
    {
        if (nextCalled)
        {
            throw new InvalidOperationException($"NextAsync was already called for step {Index} of waterfall '{parent.Id}'.");
        }

        nextCalled = true;
        return await parent.ResumeDialogAsync(this, DialogReason.NextCalled, result, cancellationToken).ConfigureAwait(false);
    }
}
