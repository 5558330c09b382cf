using BotRuntime.Dialogs;
using BotRuntime.State;
using BotRuntime.Testing;

namespace BotRuntime.Tests.Dialogs;

// Runs a root dialog through RunAsync on a TestAdapter, saving conversation state to MemoryStorage after every
// turn, so each turn reads its dialog stack back from JSON.
internal sealed class DialogHarness
{
    public DialogHarness(Dialog root, TestAdapter? adapter = null, MemoryStorage? storage = null)
    {
        Root = root;
        Adapter = adapter ?? new TestAdapter();
        Storage = storage ?? new MemoryStorage();
        ConversationState = new ConversationState(Storage);
        DialogState = ConversationState.CreateProperty<DialogState>(BotRuntime.Dialogs.DialogState.DefaultPropertyName);
        Adapter.Use(new AutoSaveStateMiddleware(ConversationState));
    }

    public Dialog Root { get; }

    public TestAdapter Adapter { get; }

    public MemoryStorage Storage { get; }

    public ConversationState ConversationState { get; }

    public IStatePropertyAccessor<DialogState> DialogState { get; }

    public List<DialogTurnResult> TurnResults { get; } = [];

    public TestFlow Flow() => new(Adapter, async (turnContext, ct) => TurnResults.Add(await Root.RunAsync(turnContext, DialogState, ct)));

    // A root that begins `prompt` with `options` and records what it ends with.
    public static (DialogHarness Harness, List<object?> Results) ForPrompt(Dialog prompt, object? options, TestAdapter? adapter = null)
    {
        var results = new List<object?>();
        var root = new ComponentDialog("harness");
        root.AddDialog(new WaterfallDialog("ask",
        [
            (step, ct) => step.BeginDialogAsync(prompt.Id, options, ct),
            (step, ct) =>
            {
                results.Add(step.Result);
                return step.EndDialogAsync(step.Result, ct);
            },
        ]));
        root.AddDialog(prompt);
        return (new DialogHarness(root, adapter), results);
    }
}
