using BotRuntime.Dialogs;
using BotRuntime.State;
using BotRuntime.Testing;

namespace BotRuntime.Tests.Dialogs;

public class DialogContextTests
{
    private readonly List<string> log = [];
    private readonly DialogSet dialogs;
    private readonly ITurnContext turn;

    public DialogContextTests()
    {
        var conversationState = new ConversationState(new MemoryStorage());
        dialogs = new DialogSet(conversationState.CreateProperty<DialogState>(DialogState.DefaultPropertyName));
        foreach (var id in new[] { "a", "b", "c" })
        {
            dialogs.Add(new ReasonRecordingDialog(id, log));
        }

        var adapter = new TestAdapter();
        turn = new TurnContext(adapter, adapter.MakeActivity("hi"));
    }

    [Fact]
    public async Task BeginPushesTheDialogOnTopOfTheStack()
    {
        var dc = await dialogs.CreateContextAsync(turn);

        await dc.BeginDialogAsync("a");
        var result = await dc.BeginDialogAsync("b");

        Assert.Equal(DialogTurnStatus.Waiting, result.Status);
        Assert.Equal(["b", "a"], dc.Stack.Select(i => i.Id));
        Assert.Equal("b", dc.ActiveDialog?.Id);
    }

    [Fact]
    public async Task EndingADialogResumesTheOneBelowWithItsResult()
    {
        var dc = await dialogs.CreateContextAsync(turn);
        await dc.BeginDialogAsync("a");
        await dc.BeginDialogAsync("b");

        await dc.EndDialogAsync("from b");

        Assert.Equal(["b EndCalled", "a resumed with from b"], log);
        Assert.Equal(["a"], dc.Stack.Select(i => i.Id));
    }

    [Fact]
    public async Task EndingTheLastDialogCompletesTheTurnWithItsResult()
    {
        var dc = await dialogs.CreateContextAsync(turn);
        await dc.BeginDialogAsync("a");

        var result = await dc.EndDialogAsync(42);

        Assert.Equal(new DialogTurnResult(DialogTurnStatus.Complete, 42), result);
        Assert.Empty(dc.Stack);
    }

    [Fact]
    public async Task ReplaceEndsTheActiveDialogWithoutResumingTheOneBelow()
    {
        var dc = await dialogs.CreateContextAsync(turn);
        await dc.BeginDialogAsync("a");
        await dc.BeginDialogAsync("b");

        var result = await dc.ReplaceDialogAsync("c");

        Assert.Equal(DialogTurnStatus.Waiting, result.Status);
        Assert.Equal(["b ReplaceCalled"], log);
        Assert.Equal(["c", "a"], dc.Stack.Select(i => i.Id));
    }

    [Fact]
    public async Task CancelAllEndsEveryDialogFromTheTopDown()
    {
        var dc = await dialogs.CreateContextAsync(turn);
        await dc.BeginDialogAsync("a");
        await dc.BeginDialogAsync("b");
        await dc.BeginDialogAsync("c");

        var result = await dc.CancelAllDialogsAsync();

        Assert.Equal(DialogTurnStatus.Cancelled, result.Status);
        Assert.Equal(["c CancelCalled", "b CancelCalled", "a CancelCalled"], log);
        Assert.Empty(dc.Stack);
    }

    [Fact]
    public async Task CancellingOrContinuingAnEmptyStackReportsEmpty()
    {
        var dc = await dialogs.CreateContextAsync(turn);

        Assert.Equal(DialogTurnStatus.Empty, (await dc.CancelAllDialogsAsync()).Status);
        Assert.Equal(DialogTurnStatus.Empty, (await dc.ContinueDialogAsync()).Status);
    }

    [Fact]
    public async Task ContinueGoesToTheActiveDialog()
    {
        var dc = await dialogs.CreateContextAsync(turn);
        await dc.BeginDialogAsync("a");
        await dc.BeginDialogAsync("b");

        await dc.ContinueDialogAsync();

        Assert.Equal(["b EndCalled", "a resumed with b ended"], log);
    }

    [Fact]
    public async Task RepromptAsksTheActiveDialogAgain()
    {
        var dc = await dialogs.CreateContextAsync(turn);
        await dc.BeginDialogAsync("a");
        await dc.BeginDialogAsync("b");

        await dc.RepromptDialogAsync();

        Assert.Equal(["b reprompted"], log);
    }

    [Fact]
    public async Task BeginningAnUnknownDialogFails()
    {
        var dc = await dialogs.CreateContextAsync(turn);

        var error = await Assert.ThrowsAsync<InvalidOperationException>(() => dc.BeginDialogAsync("nowhere"));
        Assert.Contains("nowhere", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void ADifferentDialogAddedUnderATakenIdIsRenamedAndTheSameOneIsAddedOnce()
    {
        var set = new DialogSet();
        var first = new ReasonRecordingDialog("ask", log);
        var second = new ReasonRecordingDialog("ask", log);

        set.Add(first).Add(second).Add(first);

        Assert.Equal(["ask", "ask2"], set.GetDialogs().Select(d => d.Id).Order());
        Assert.Same(second, set.Find("ask2"));
    }

    [Fact]
    public async Task ASetWithoutAStateAccessorCannotLoadAStack()
    {
        await Assert.ThrowsAsync<InvalidOperationException>(() => new DialogSet().CreateContextAsync(turn));
    }
}
