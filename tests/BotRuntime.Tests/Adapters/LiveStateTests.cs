using System.Text.Json;
using BotRuntime.Adapters;
using BotRuntime.Hosting;
using BotRuntime.Schema;
using BotRuntime.State;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace BotRuntime.Tests.Adapters;

/// <summary>
/// A finished turn's state objects start the conversation's next turn (no deserialization), but only while storage
/// still holds exactly the document they were saved as; every other case reads the stored document.
/// </summary>
public sealed class LiveStateTests
{
    private readonly RecordingDelivery delivery = new();
    private readonly NoApology failedTurns = new();
    private readonly CloudAdapter adapter;
    private readonly ConversationState conversationState;
    private readonly UserState userState;
    private readonly IStorage storage;
    private readonly IStatePropertyAccessor<Tally> tally;

    public LiveStateTests()
    {
        var services = new ServiceCollection()
            .AddLogging()
            .AddBotRuntime(new ConfigurationBuilder().AddInMemoryCollection(new Dictionary<string, string?>
            {
                ["BotRuntime:MaxTurnAttempts"] = "10",
            }).Build())
            .AddSingleton<ITurnErrorReply>(failedTurns)
            .BuildServiceProvider();
        adapter = services.GetRequiredService<CloudAdapter>();
        conversationState = services.GetRequiredService<ConversationState>();
        userState = services.GetRequiredService<UserState>();
        storage = services.GetRequiredService<IStorage>();
        tally = conversationState.CreateProperty<Tally>("tally");
    }

    [Fact]
    public async Task TheNextTurnOfAConversationGetsTheObjectsThePreviousTurnSaved()
    {
        var seen = await IncrementTurnsAsync(3);

        Assert.Same(seen[0], seen[1]);
        Assert.Same(seen[1], seen[2]);
        Assert.Equal(3, await StoredCountAsync());
    }

    [Fact]
    public async Task ATurnThatChangedNothingStillHandsItsObjectsOn()
    {
        await IncrementAsync();
        Tally? first = null;
        Tally? second = null;
        await TurnAsync(async (turn, ct) => first = await tally.GetAsync(turn, () => new Tally(), ct));
        await TurnAsync(async (turn, ct) => second = await tally.GetAsync(turn, () => new Tally(), ct));

        Assert.Same(first, second);
        Assert.Equal(1, second!.Count);
    }

    [Fact]
    public async Task AFailedTurnsChangesNeverReachTheNextTurn()
    {
        // User state outlives a failed turn (only the conversation's state is cleared), so it shows a leak if there is one.
        var visits = userState.CreateProperty<Tally>("visits");
        BotCallbackHandler visit = async (turn, ct) => (await visits.GetAsync(turn, () => new Tally(), ct)).Count++;
        await TurnAsync(visit);
        await TurnAsync(visit);

        // The turn changes the kept object in place, then fails: it never saved, so the next turn must not see its change.
        await TurnAsync(async (turn, ct) =>
        {
            (await visits.GetAsync(turn, () => new Tally(), ct)).Count = 100;
            throw new InvalidOperationException("broken");
        });
        await TurnAsync(visit);

        var stored = await storage.ReadAsync(["test/users/user1"]);
        Assert.Equal(3, stored["test/users/user1"].Value.GetProperty("visits").GetProperty("count").GetInt32());
    }

    [Fact]
    public async Task AChangeMadeElsewhereIsReadFromStorageNotFromTheKeptObjects()
    {
        await IncrementAsync();
        await IncrementAsync();

        // Another instance sharing the storage writes the same conversation's document.
        var otherState = new ConversationState(storage);
        var otherTurn = Turn();
        await otherState.CreateProperty<Tally>("tally").SetAsync(otherTurn, new Tally { Count = 40 });
        await otherState.SaveChangesAsync(otherTurn);

        var attempts = 0;
        await TurnAsync(async (turn, ct) =>
        {
            attempts++;
            (await tally.GetAsync(turn, () => new Tally(), ct)).Count++;
        });

        // Read from storage at once: the kept objects were not used (they would have cost a conflict and a re-run).
        Assert.Equal(1, attempts);
        Assert.Equal(41, await StoredCountAsync());
    }

    [Fact]
    public async Task AConflictReRunsTheTurnFromTheStoredDocument()
    {
        await IncrementAsync();
        var attempts = new List<int>();

        await TurnAsync(async (turn, ct) =>
        {
            var current = await tally.GetAsync(turn, () => new Tally(), ct);
            attempts.Add(current.Count);
            current.Count += 10;
            if (attempts.Count == 1)
            {
                var otherState = new ConversationState(storage);
                var otherTurn = Turn();
                await otherState.CreateProperty<string>("note").SetAsync(otherTurn, "elsewhere", ct);
                await otherState.SaveChangesAsync(otherTurn, cancellationToken: ct);
            }
        });

        // The first attempt's +10 was made on the kept object and discarded with the attempt.
        Assert.Equal([1, 1], attempts);
        Assert.Equal(11, await StoredCountAsync());
    }

    [Fact]
    public async Task ADeletedConversationStartsEmpty()
    {
        await IncrementAsync();
        await TurnAsync((turn, ct) => conversationState.DeleteAsync(turn, ct));
        await IncrementAsync();

        Assert.Equal(1, await StoredCountAsync());
    }

    [Fact]
    public async Task UserStateSharedByConversationsRunningAtOnceLosesNoIncrement()
    {
        var visits = userState.CreateProperty<Tally>("visits");
        var attempts = 0;
        await Task.WhenAll(Enumerable.Range(0, 40).Select(i => Task.Run(() => adapter.ProcessActivityAsync(
            Message("c" + (i % 8)),
            async (turn, ct) =>
            {
                Interlocked.Increment(ref attempts);
                (await visits.GetAsync(turn, () => new Tally(), ct)).Count++;
            },
            delivery))));

        // A turn that kept conflicting past its attempts fails as a whole; every other turn's increment is kept.
        var stored = await storage.ReadAsync(["test/users/user1"]);
        var count = stored["test/users/user1"].Value.GetProperty("visits").GetProperty("count").GetInt32();
        Assert.True(40 - failedTurns.Count == count, $"stored {count}, failed turns {failedTurns.Count}, attempts {attempts}");
        Assert.True(failedTurns.Count < 40);
    }

    [Fact]
    public async Task TwoTurnsThatBothFindNoDocumentCannotBothCreateIt()
    {
        // Both turns read the user's state before either saves: the second save must not overwrite the first.
        var visits = userState.CreateProperty<Tally>("visits");
        var bothRead = new Barrier(2);
        var attempts = 0;
        await Task.WhenAll(new[] { "first", "second" }.Select(conversation => Task.Run(() => adapter.ProcessActivityAsync(
            Message(conversation),
            async (turn, ct) =>
            {
                var tally = await visits.GetAsync(turn, () => new Tally(), ct);
                if (Interlocked.Increment(ref attempts) <= 2)
                {
                    bothRead.SignalAndWait(TimeSpan.FromSeconds(5), ct);
                }

                tally.Count++;
            },
            delivery))));

        var stored = await storage.ReadAsync(["test/users/user1"]);
        Assert.Equal(2, stored["test/users/user1"].Value.GetProperty("visits").GetProperty("count").GetInt32());
        Assert.Equal(3, attempts);
    }

    [Fact]
    public async Task NoMoreDocumentsAreKeptThanConfigured()
    {
        conversationState.LiveDocuments = 5;
        for (var i = 0; i < 20; i++)
        {
            await TurnAsync(async (turn, ct) => (await tally.GetAsync(turn, () => new Tally(), ct)).Count++, "conversation" + i);
        }

        Assert.Equal(5, conversationState.LiveDocumentCount);
    }

    [Fact]
    public async Task WithNoneKeptEveryTurnReadsTheStoredDocument()
    {
        conversationState.LiveDocuments = 0;
        var seen = await IncrementTurnsAsync(2);

        Assert.NotSame(seen[0], seen[1]);
        Assert.Equal(2, await StoredCountAsync());
        Assert.Equal(0, conversationState.LiveDocumentCount);
    }

    // Turns that each add one to the tally; returns the object each turn was given.
    private async Task<List<Tally>> IncrementTurnsAsync(int turns)
    {
        var seen = new List<Tally>();
        for (var i = 0; i < turns; i++)
        {
            await TurnAsync(async (turn, ct) =>
            {
                var current = await tally.GetAsync(turn, () => new Tally(), ct);
                current.Count++;
                seen.Add(current);
            });
        }

        return seen;
    }

    private Task IncrementAsync() => TurnAsync(async (turn, ct) => (await tally.GetAsync(turn, () => new Tally(), ct)).Count++);

    private Task TurnAsync(BotCallbackHandler callback, string conversationId = "convo1") =>
        adapter.ProcessActivityAsync(Message(conversationId), callback, delivery);

    private async Task<int> StoredCountAsync()
    {
        var stored = await storage.ReadAsync(["test/conversations/convo1"]);
        return stored.TryGetValue("test/conversations/convo1", out var item) && item.Value.TryGetProperty("tally", out var value)
            ? value.GetProperty("count").GetInt32()
            : 0;
    }

    private static ITurnContext Turn() => CollectingAdapter.Turn();

    private static Activity Message(string conversationId) => CollectingAdapter.Turn("hi", conversationId).Activity;

    public sealed class Tally
    {
        public int Count { get; set; }
    }

    private sealed class NoApology : ITurnErrorReply
    {
        private int count;

        public int Count => Volatile.Read(ref count);

        public Activity? CreateReply(ITurnContext turnContext, string referenceId)
        {
            Interlocked.Increment(ref count);
            return null;
        }
    }
}
