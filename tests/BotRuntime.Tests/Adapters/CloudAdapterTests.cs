using System.Text.Json;
using BotRuntime.Adapters;
using BotRuntime.Hosting;
using BotRuntime.Schema;
using BotRuntime.State;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace BotRuntime.Tests.Adapters;

public sealed class CloudAdapterTests
{
    private readonly RecordingDelivery delivery = new();
    private readonly ServiceProvider services;
    private readonly CloudAdapter adapter;
    private readonly ConversationState conversationState;
    private readonly UserState userState;
    private readonly IStorage storage;

    public CloudAdapterTests()
    {
        var configuration = new ConfigurationBuilder().AddInMemoryCollection(new Dictionary<string, string?>
        {
            ["BotRuntime:MaxTurnAttempts"] = "3",
        }).Build();
        services = new ServiceCollection()
            .AddLogging()
            .AddBotRuntime(configuration)
            .AddSingleton<ITurnErrorReply, ApologyWithReference>()
            .BuildServiceProvider();
        adapter = services.GetRequiredService<CloudAdapter>();
        conversationState = services.GetRequiredService<ConversationState>();
        userState = services.GetRequiredService<UserState>();
        storage = services.GetRequiredService<IStorage>();
    }

    [Fact]
    public async Task RepliesAreDeliveredOnlyAfterTheTurnHasSavedItsState()
    {
        var count = conversationState.CreateProperty<int>("count");

        await adapter.ProcessActivityAsync(Message("hi"), async (turn, ct) =>
        {
            await count.SetAsync(turn, 1, ct);
            await turn.SendActivityAsync("one", cancellationToken: ct);
            Assert.Empty(delivery.Sent);
        }, delivery);

        Assert.Equal(["one"], delivery.Texts());
        Assert.Single(await storage.ReadAsync(["test/conversations/convo1"]));
    }

    [Fact]
    public async Task AStateConflictReRunsTheTurnAndOnlyTheLastAttemptsRepliesAreDelivered()
    {
        var count = conversationState.CreateProperty<int>("count");
        var note = conversationState.CreateProperty<string>("note");
        await SeedConversationStateAsync();
        var attempts = 0;

        await adapter.ProcessActivityAsync(Message("hi"), async (turn, ct) =>
        {
            var attempt = ++attempts;
            var seen = await count.GetAsync(turn, () => 0, ct);
            await turn.SendActivityAsync($"attempt {attempt} saw {seen}", cancellationToken: ct);
            if (attempt == 1)
            {
                await WriteFromAnotherInstanceAsync((state, turn) => state.CreateProperty<string>("note").SetAsync(turn, "written elsewhere"));
            }

            await count.SetAsync(turn, seen + 1, ct);
        }, delivery);

        Assert.Equal(2, attempts);
        Assert.Equal(["attempt 2 saw 1"], delivery.Texts());
        var check = CollectingAdapter.Turn();
        Assert.Equal(2, await count.GetAsync(check));
        Assert.Equal("written elsewhere", await note.GetAsync(check));
    }

    [Fact]
    public async Task AConflictOnOneScopeLeavesTheOtherScopeUnwrittenUntilTheReRun()
    {
        var userVisits = userState.CreateProperty<int>("visits");
        var convTurns = conversationState.CreateProperty<int>("turns");
        await SeedConversationStateAsync();
        var attempts = 0;

        await adapter.ProcessActivityAsync(Message("hi"), async (turn, ct) =>
        {
            attempts++;
            await userVisits.SetAsync(turn, await userVisits.GetAsync(turn, () => 0, ct) + 1, ct);
            var turns = await convTurns.GetAsync(turn, () => 0, ct);
            if (attempts == 1)
            {
                await WriteFromAnotherInstanceAsync((state, turn) => state.CreateProperty<int>("turns").SetAsync(turn, 10));
            }

            await convTurns.SetAsync(turn, turns + 1, ct);
        }, delivery);

        var check = CollectingAdapter.Turn();
        Assert.Equal(1, await userVisits.GetAsync(check));
        Assert.Equal(11, await convTurns.GetAsync(check));
    }

    [Fact]
    public async Task ATurnThatKeepsConflictingEndsWithTheApologyAfterTheLastAttempt()
    {
        var count = conversationState.CreateProperty<int>("count");
        await SeedConversationStateAsync();
        var attempts = 0;

        await adapter.ProcessActivityAsync(Message("hi"), async (turn, ct) =>
        {
            attempts++;
            var seen = await count.GetAsync(turn, () => 0, ct);
            await WriteFromAnotherInstanceAsync((state, turn) => state.CreateProperty<int>("other").SetAsync(turn, attempts));
            await count.SetAsync(turn, seen + 1, ct);
            await turn.SendActivityAsync("done", cancellationToken: ct);
        }, delivery);

        Assert.Equal(3, attempts);
        var apology = Assert.Single(delivery.Sent);
        Assert.StartsWith("apology ", apology.Text);
    }

    [Fact]
    public async Task AFailedTurnIsApologisedForWithAReferenceAndItsConversationStateIsCleared()
    {
        await SeedConversationStateAsync();
        var visits = userState.CreateProperty<int>("visits");

        var result = await adapter.ProcessActivityAsync(Message("hi"), async (turn, ct) =>
        {
            await visits.SetAsync(turn, 5, ct);
            await turn.SendActivityAsync("half way", cancellationToken: ct);
            throw new InvalidOperationException("broken dialog");
        }, delivery);

        Assert.Null(result);
        var apology = Assert.Single(delivery.Sent);
        Assert.Matches("^apology [0-9A-F]{10}$", apology.Text);
        Assert.Equal("1", apology.ReplyToId);
        Assert.Empty(await storage.ReadAsync(["test/conversations/convo1", "test/users/user1"]));
    }

    [Fact]
    public async Task TurnsOfOneConversationNeverOverlap()
    {
        var inside = 0;
        var mostInside = 0;

        await Task.WhenAll(Enumerable.Range(0, 6).Select(i => Task.Run(() => adapter.ProcessActivityAsync(Message($"m{i}"), async (turn, ct) =>
        {
            var now = Interlocked.Increment(ref inside);
            InterlockedMax(ref mostInside, now);
            await Task.Delay(30, ct);
            Interlocked.Decrement(ref inside);
        }, delivery))));

        Assert.Equal(1, mostInside);
    }

    [Fact]
    public async Task TurnsOfDifferentConversationsRunAtTheSameTime()
    {
        var bothInside = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        var inside = 0;

        async Task TurnAsync(ITurnContext turn, CancellationToken ct)
        {
            if (Interlocked.Increment(ref inside) == 2)
            {
                bothInside.SetResult();
            }

            await bothInside.Task.WaitAsync(TimeSpan.FromSeconds(5), ct);
        }

        await Task.WhenAll(
            adapter.ProcessActivityAsync(Message("a", conversationId: "conversation-a"), TurnAsync, delivery),
            adapter.ProcessActivityAsync(Message("b", conversationId: "conversation-b"), TurnAsync, delivery));

        Assert.True(bothInside.Task.IsCompletedSuccessfully);
    }

    [Fact]
    public async Task ConversationLocksAreDroppedOnceTheirTurnsEnd()
    {
        await Task.WhenAll(Enumerable.Range(0, 300).Select(i =>
            adapter.ProcessActivityAsync(Message("x", conversationId: "c" + (i % 100)), (turn, ct) => Task.Delay(1, ct), delivery)));

        Assert.Equal(0, adapter.ConversationLockCount);
    }

    [Fact]
    public async Task ExpectRepliesReturnsEveryReplyAndDeliversNone()
    {
        var activity = Message("hi");
        activity.DeliveryMode = DeliveryModes.ExpectReplies;

        var result = await adapter.ProcessActivityAsync(activity, async (turn, ct) =>
        {
            await turn.SendActivityAsync(Activity.CreateTypingActivity(), ct);
            await turn.SendActivityAsync("one", cancellationToken: ct);
            await turn.SendActivityAsync(Activity.CreateTraceActivity("debug"), ct);
        }, delivery);

        Assert.Equal(200, result!.Status);
        var replies = result.Body!.Value.Deserialize<ExpectedReplies>(BotJson.Options)!.Activities!;
        Assert.Equal([ActivityTypes.Typing, ActivityTypes.Message, ActivityTypes.Trace], replies.Select(a => a.Type));
        Assert.Empty(delivery.Sent);
    }

    [Theory]
    [InlineData("emulator", true)]
    [InlineData("msteams", false)]
    [InlineData("directline", false)]
    public async Task TracesAreDeliveredOnlyToTheEmulator(string channelId, bool delivered)
    {
        var activity = Message("hi");
        activity.ChannelId = channelId;

        await adapter.ProcessActivityAsync(activity, (turn, ct) => turn.SendActivityAsync(Activity.CreateTraceActivity("debug"), ct), delivery);

        Assert.Equal(delivered, delivery.Sent.Any(a => a.Type == ActivityTypes.Trace));
    }

    [Fact]
    public async Task TypingIsDeliveredWhileTheTurnIsStillRunning()
    {
        var sawTypingDuringTurn = false;

        await adapter.ProcessActivityAsync(Message("hi"), async (turn, ct) =>
        {
            await turn.SendActivityAsync(Activity.CreateTypingActivity(), ct);
            sawTypingDuringTurn = delivery.Sent.Any(a => a.Type == ActivityTypes.Typing);
            await turn.SendActivityAsync("done", cancellationToken: ct);
        }, delivery);

        Assert.True(sawTypingDuringTurn);
        Assert.Equal(["send typing", "send message done"], delivery.Log);
    }

    [Fact]
    public async Task UpdatesAndDeletesGoOutInTurnOrderWithTheReplies()
    {
        await adapter.ProcessActivityAsync(Message("hi"), async (turn, ct) =>
        {
            await turn.SendActivityAsync("one", cancellationToken: ct);
            await turn.UpdateActivityAsync(new Activity { Type = ActivityTypes.Message, Id = "card-1", Text = "updated" }, ct);
            await turn.DeleteActivityAsync("old-2", ct);
            await turn.SendActivityAsync("two", cancellationToken: ct);
        }, delivery);

        Assert.Equal(["send message one", "update card-1", "delete old-2", "send message two"], delivery.Log);
    }

    [Fact]
    public async Task AnInvokeTheBotDidNotAnswerIs501AndAnAnsweredOneCarriesItsResponse()
    {
        var unanswered = await adapter.ProcessActivityAsync(Invoke("x/unknown"), (_, _) => Task.CompletedTask, delivery);
        var answered = await adapter.ProcessActivityAsync(
            Invoke("x/known"),
            new DelegateBot((turn, ct) => turn.SendActivityAsync(
                new Activity { Type = ActivityTypes.InvokeResponse, Value = JsonSerializer.SerializeToElement(InvokeResponse.Create(200, new { ok = true }), BotJson.Options) }, ct)).OnTurnAsync,
            delivery);

        Assert.Equal(501, unanswered!.Status);
        Assert.Equal(200, answered!.Status);
        Assert.True(answered.Body!.Value.GetProperty("ok").GetBoolean());
        Assert.Empty(delivery.Sent);
    }

    [Fact]
    public async Task ActivityHandlerAnswersAnUnknownInvokeWith501()
    {
        var result = await adapter.ProcessActivityAsync(Invoke("task/fetch"), new ActivityHandler().OnTurnAsync, delivery);

        Assert.Equal(501, result!.Status);
    }

    [Fact]
    public async Task AProactiveTurnIsAddressedToTheUserWithoutThreading()
    {
        var reference = Message("hi").GetConversationReference();

        await adapter.ContinueConversationAsync(reference, (turn, ct) => turn.SendActivityAsync("reminder", cancellationToken: ct), delivery);

        var reminder = Assert.Single(delivery.Sent);
        Assert.Equal("user1", reminder.Recipient!.Id);
        Assert.Equal("bot", reminder.From!.Id);
        Assert.Equal("convo1", reminder.Conversation!.Id);
        Assert.Null(reminder.ReplyToId);
        Assert.Equal("en-US", reminder.Locale);
    }

    [Fact]
    public async Task AChannelThatCannotBeReachedDoesNotUndoTheSavedTurn()
    {
        delivery.Fail = true;
        var count = conversationState.CreateProperty<int>("count");

        var result = await adapter.ProcessActivityAsync(Message("hi"), async (turn, ct) =>
        {
            await count.SetAsync(turn, 7, ct);
            await turn.SendActivityAsync("lost", cancellationToken: ct);
        }, delivery);

        Assert.Null(result);
        Assert.Equal(7, await count.GetAsync(CollectingAdapter.Turn()));
    }

    private static Activity Message(string text, string conversationId = "convo1") => CollectingAdapter.Turn(text, conversationId).Activity;

    private static Activity Invoke(string name)
    {
        var activity = Message(string.Empty);
        activity.Type = ActivityTypes.Invoke;
        activity.Name = name;
        activity.Text = null;
        return activity;
    }

    private static void InterlockedMax(ref int target, int value)
    {
        int current;
        while (value > (current = Volatile.Read(ref target)) && Interlocked.CompareExchange(ref target, value, current) != current)
        {
        }
    }

    private async Task SeedConversationStateAsync()
    {
        var seed = CollectingAdapter.Turn();
        await conversationState.CreateProperty<int>("count").SetAsync(seed, 1);
        await conversationState.SaveChangesAsync(seed);
    }

    // Another bot instance sharing the storage changes the same conversation's document.
    private async Task WriteFromAnotherInstanceAsync(Func<ConversationState, ITurnContext, Task> change)
    {
        var otherInstanceState = new ConversationState(storage);
        var otherTurn = CollectingAdapter.Turn();
        await change(otherInstanceState, otherTurn);
        await otherInstanceState.SaveChangesAsync(otherTurn);
    }

    private sealed class ApologyWithReference : ITurnErrorReply
    {
        public Activity? CreateReply(ITurnContext turnContext, string referenceId) => MessageFactory.Text("apology " + referenceId);
    }
}
