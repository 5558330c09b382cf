using System.Text.Json.Nodes;
using BotRuntime.Schema;

namespace BotRuntime.Dialogs;

// Runs its steps in order; a step that returns EndOfTurn waits for the user. After the last step the dialog
// ends with the last result. State: {options, values, stepIndex, instanceId}, as in the SDK.
public class WaterfallDialog : Dialog
{
    private const string OptionsKey = "options";
    private const string ValuesKey = "values";
    private const string StepIndexKey = "stepIndex";
    private const string InstanceIdKey = "instanceId";

    private readonly List<WaterfallStep> steps;

    public WaterfallDialog(string dialogId, IEnumerable<WaterfallStep>? steps = null)
        : base(dialogId)
    {
        this.steps = steps?.ToList() ?? [];
    }

    public IReadOnlyList<WaterfallStep> Steps => steps;

    public WaterfallDialog AddStep(WaterfallStep step)
    {
        ArgumentNullException.ThrowIfNull(step);
        steps.Add(step);
        return this;
    }

    public override async Task<DialogTurnResult> BeginDialogAsync(DialogContext dc, object? options = null, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(dc);
        var state = ActiveState(dc);
        state[OptionsKey] = DialogOptionsJson.ToNode(options);
        state[ValuesKey] = new JsonObject();
        state[InstanceIdKey] = NewInstanceId();
        return await RunStepAsync(dc, 0, DialogReason.BeginCalled, null, cancellationToken).ConfigureAwait(false);
    }

    // The SDK's instance id is a GUID's 32 hex digits. It only tells runs of a waterfall apart (telemetry), so it comes
    // from the process's pseudo-random generator: Guid.NewGuid reads the OS's random source, a system call per id.
    private static string NewInstanceId() => string.Create(32, 0, static (chars, _) =>
    {
        Span<byte> bytes = stackalloc byte[16];
        Random.Shared.NextBytes(bytes);
        Convert.TryToHexStringLower(bytes, chars, out _);
    });

    // Only messages move a waterfall on; a card submit arrives with no text, so its step reads Context.Activity.Value.
    public override async Task<DialogTurnResult> ContinueDialogAsync(DialogContext dc, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(dc);
        if (!dc.Context.Activity.IsType(ActivityTypes.Message))
        {
            return EndOfTurn;
        }

        return await ResumeDialogAsync(dc, DialogReason.ContinueCalled, dc.Context.Activity.Text, cancellationToken).ConfigureAwait(false);
    }

    public override async Task<DialogTurnResult> ResumeDialogAsync(DialogContext dc, DialogReason reason, object? result = null, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(dc);
        var index = ActiveState(dc)[StepIndexKey]?.GetValue<int>() ?? -1;
        return await RunStepAsync(dc, index + 1, reason, result, cancellationToken).ConfigureAwait(false);
    }

    protected virtual Task<DialogTurnResult> OnStepAsync(WaterfallStepContext stepContext, CancellationToken cancellationToken) =>
        steps[stepContext.Index](stepContext, cancellationToken);

    protected async Task<DialogTurnResult> RunStepAsync(DialogContext dc, int index, DialogReason reason, object? result, CancellationToken cancellationToken)
    {
        if (index >= steps.Count)
        {
            return await dc.EndDialogAsync(result, cancellationToken).ConfigureAwait(false);
        }

        var state = ActiveState(dc);
        state[StepIndexKey] = index;
        if (state[ValuesKey] is not JsonObject values)
        {
            values = [];
            state[ValuesKey] = values;
        }

        var stepContext = new WaterfallStepContext(this, dc, state[OptionsKey], values, index, reason, result);
        return await OnStepAsync(stepContext, cancellationToken).ConfigureAwait(false);
    }

    private JsonObject ActiveState(DialogContext dc) =>
        dc.ActiveDialog?.State ?? throw new InvalidOperationException($"Waterfall '{Id}' is not on the dialog stack.");
}
