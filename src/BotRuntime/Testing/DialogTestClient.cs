using System.Text.Json.Nodes;
using BotRuntime.Dialogs;
using BotRuntime.Schema;
using BotRuntime.State;

namespace BotRuntime.Testing;

// Drives one dialog turn by turn, as the SDK's DialogTestClient: each turn continues the dialog, or begins it
// when the stack is empty, and saves conversation state to storage — so every turn reads its dialog state
// back from JSON, as in production.
public class DialogTestClient
{
    private readonly Dialog targetDialog;
    private readonly object? initialDialogOptions;

    public DialogTestClient(string channelId, Dialog targetDialog, object? initialDialogOptions = null, IEnumerable<IMiddleware>? middlewares = null, ConversationState? conversationState = null)
        : this(new TestAdapter(channelId), targetDialog, initialDialogOptions, middlewares, conversationState)
    {
    }

    public DialogTestClient(TestAdapter testAdapter, Dialog targetDialog, object? initialDialogOptions = null, IEnumerable<IMiddleware>? middlewares = null, ConversationState? conversationState = null)
    {
        ArgumentNullException.ThrowIfNull(testAdapter);
        ArgumentNullException.ThrowIfNull(targetDialog);
        this.targetDialog = targetDialog;
        this.initialDialogOptions = initialDialogOptions;
        TestAdapter = testAdapter;
        Storage = conversationState is null ? new MemoryStorage() : null;
        ConversationState = conversationState ?? new ConversationState(Storage!);
        DialogStateAccessor = ConversationState.CreateProperty<DialogState>(DialogState.DefaultPropertyName);
        foreach (var middleware in middlewares ?? [])
        {
            TestAdapter.Use(middleware);
        }

        TestAdapter.Use(new AutoSaveStateMiddleware(ConversationState));
    }

    public TestAdapter TestAdapter { get; }

    // Where conversation state is kept when the client created it; null when the caller passed its own state.
    public MemoryStorage? Storage { get; }

    public ConversationState ConversationState { get; }

    public IStatePropertyAccessor<DialogState> DialogStateAccessor { get; }

    // The outcome of the last turn.
    public DialogTurnResult? DialogTurnResult { get; private set; }

    // The dialog context of the last turn, to inspect the stack.
    public DialogContext? DialogContext { get; private set; }

    public async Task<Activity?> SendActivityAsync(string text, CancellationToken cancellationToken = default)
    {
        await TestAdapter.SendTextToBotAsync(text, RunTurnAsync, cancellationToken).ConfigureAwait(false);
        return GetNextReply();
    }

    public async Task<Activity?> SendActivityAsync(Activity activity, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(activity);
        await TestAdapter.ProcessActivityAsync(activity, RunTurnAsync, cancellationToken).ConfigureAwait(false);
        return GetNextReply();
    }

    // A card submit: a message with `value` and no text.
    public Task<Activity?> SendValueAsync(object value, CancellationToken cancellationToken = default) =>
        SendActivityAsync(TestFlow.CardSubmit(TestAdapter, value), cancellationToken);

    public Activity? GetNextReply() => TestAdapter.GetNextReply();

    // The conversation state document as it was last saved to storage (null before the first save).
    public async Task<JsonObject?> ReadStoredConversationStateAsync(CancellationToken cancellationToken = default)
    {
        var storage = Storage ?? throw new InvalidOperationException("The conversation state was passed in; read its storage directly.");
        var key = ConversationState.GetStorageKeyFor(new TurnContext(TestAdapter, TestAdapter.MakeActivity()));
        var items = await storage.ReadAsync([key], cancellationToken).ConfigureAwait(false);
        return items.TryGetValue(key, out var item) ? JsonNode.Parse(item.Utf8.Span)?.AsObject() : null;
    }

    private async Task RunTurnAsync(ITurnContext turnContext, CancellationToken cancellationToken)
    {
        var dialogSet = new DialogSet(DialogStateAccessor).Add(targetDialog);
        var dc = await dialogSet.CreateContextAsync(turnContext, cancellationToken).ConfigureAwait(false);
        DialogContext = dc;
        var result = await dc.ContinueDialogAsync(cancellationToken).ConfigureAwait(false);
        if (result.Status == DialogTurnStatus.Empty)
        {
            result = await dc.BeginDialogAsync(targetDialog.Id, initialDialogOptions, cancellationToken).ConfigureAwait(false);
        }

        DialogTurnResult = result;
    }
}
