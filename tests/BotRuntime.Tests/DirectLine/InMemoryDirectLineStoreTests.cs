using BotRuntime.DirectLine;

namespace BotRuntime.Tests.DirectLine;

public sealed class InMemoryDirectLineStoreTests
{
    private static readonly DateTimeOffset Now = new(2025, 3, 1, 9, 0, 0, TimeSpan.Zero);

    private readonly InMemoryDirectLineStore store = new();

    [Fact]
    public async Task AConversationIsCreatedOnceAndReportsItsNewestSequence()
    {
        Assert.True(await store.TryCreateConversationAsync(new DirectLineConversation("c1", "u1", Now), default));
        Assert.False(await store.TryCreateConversationAsync(new DirectLineConversation("c1", "someone-else", Now), default));
        await store.AppendActivityAsync("c1", sequence => $$"""{"n":{{sequence}}}""", default);

        var found = await store.FindConversationAsync("c1", default);

        Assert.Equal(new DirectLineConversation("c1", "u1", Now, LastSequence: 1), found);
        Assert.Null(await store.FindConversationAsync("c2", default));
    }

    [Fact]
    public async Task ActivitiesAreNumberedFromOneAndReadInPagesAfterAWatermark()
    {
        await store.TryCreateConversationAsync(new DirectLineConversation("c1", "u1", Now), default);
        var sequences = new List<long>();
        for (var i = 0; i < 5; i++)
        {
            sequences.Add(await store.AppendActivityAsync("c1", sequence => $$"""{"n":{{sequence}}}""", default));
        }

        var page = await store.ReadActivitiesAsync("c1", afterSequence: 1, maxCount: 2, default);

        Assert.Equal([1L, 2, 3, 4, 5], sequences);
        Assert.Equal([new DirectLineLogEntry(2, """{"n":2}"""), new DirectLineLogEntry(3, """{"n":3}""")], page);
        Assert.Empty(await store.ReadActivitiesAsync("c1", afterSequence: 5, maxCount: 2, default));
        Assert.Empty(await store.ReadActivitiesAsync("unknown", afterSequence: 0, maxCount: 2, default));
    }

    [Fact]
    public async Task AppendingToAConversationThatDoesNotExistFails()
    {
        await Assert.ThrowsAsync<InvalidOperationException>(() => store.AppendActivityAsync("nobody", _ => "{}", default));
    }

    [Fact]
    public async Task TheFirstSigningKeyStoredIsTheOneEveryoneGets()
    {
        var first = await store.GetOrAddSigningKeyAsync([1, 2, 3], default);
        var second = await store.GetOrAddSigningKeyAsync([9, 9, 9], default);

        Assert.Equal([1, 2, 3], first);
        Assert.Equal([1, 2, 3], second);
    }
}
