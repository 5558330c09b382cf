using BotRuntime.DirectLine;
using Microsoft.Extensions.Time.Testing;
using PlanningServicesBot.Data.DirectLine;

namespace PlanningServicesBot.Data.Tests.DirectLine;

public sealed class SqliteDirectLineStoreTests : IDisposable
{
    private readonly TestDatabase database = TestDatabase.Create();
    private readonly FakeTimeProvider time = new();
    private readonly SqliteDirectLineStore store;

    public SqliteDirectLineStoreTests() => store = new SqliteDirectLineStore(database.Connections, time);

    [Fact]
    public async Task AConversationThatLogsAnActivityBetweenTheSweepsScanAndItsDeleteStays()
    {
        await StartAsync("comes back");
        await StartAsync("gone");
        time.Advance(TimeSpan.FromDays(31));
        var cutoff = time.GetUtcNow() - TimeSpan.FromDays(30);

        var inactive = await store.InactiveSinceAsync(cutoff, CancellationToken.None);
        await store.AppendActivityAsync("comes back", sequence => $"{{\"n\":{sequence}}}", CancellationToken.None);
        var deleted = await store.DeleteIfInactiveAsync(inactive, cutoff, CancellationToken.None);

        Assert.Equal(["comes back", "gone"], inactive.Order(StringComparer.Ordinal));
        Assert.Equal(1, deleted);
        Assert.Null(await store.FindConversationAsync("gone", CancellationToken.None));
        Assert.Equal(2, (await store.ReadActivitiesAsync("comes back", 0, 10, CancellationToken.None)).Count);
        Assert.Equal(0, database.Scalar("SELECT COUNT(*) FROM direct_line_activities WHERE conversation_id = 'gone';"));
    }

    public void Dispose() => database.Dispose();

    private async Task StartAsync(string id)
    {
        Assert.True(await store.TryCreateConversationAsync(new DirectLineConversation(id, "dl_user", time.GetUtcNow()), CancellationToken.None));
        await store.AppendActivityAsync(id, sequence => $"{{\"n\":{sequence}}}", CancellationToken.None);
    }
}
