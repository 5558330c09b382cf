using BotRuntime.State;
using PlanningServicesBot.Data.BotState;

namespace PlanningServicesBot.Data.Tests.BotState;

/// <summary>The contract with the memory cache off (<c>BotState:CachedDocuments = 0</c>): every read is a query.</summary>
public sealed class UncachedSqliteStorageContractTests : StorageContractTests, IDisposable
{
    private readonly TestDatabase database = TestDatabase.Create();
    private readonly SqliteStorage storage;

    public UncachedSqliteStorageContractTests() => storage = new SqliteStorage(database.Connections, database.Clock, cachedDocuments: 0);

    protected override IStorage Storage => storage;

    [Fact]
    public async Task NothingIsKeptInMemory()
    {
        await Storage.WriteAsync(Changes("a", new { n = 1 }, null));
        await Storage.ReadAsync(["a"]);

        Assert.Equal(0, storage.CachedDocuments);
    }

    public void Dispose()
    {
        storage.Dispose();
        database.Dispose();
    }
}
