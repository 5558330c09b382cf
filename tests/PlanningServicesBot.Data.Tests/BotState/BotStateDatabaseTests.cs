using BotRuntime.State;
using PlanningServicesBot.Data.BotState;
using PlanningServicesBot.Data.Sqlite;

namespace PlanningServicesBot.Data.Tests.BotState;

/// <summary>The state file beside the program's database: where it is, its schema, and the upgrade from state kept in the program's file.</summary>
public sealed class BotStateDatabaseTests : IDisposable
{
    private readonly TestDatabase program = TestDatabase.Create();

    [Fact]
    public void TheStateFileSitsBesideTheProgramDatabase()
    {
        var state = new SqliteConnectionFactory(BotStateDatabase.ConnectionStringBeside(program.Connections));

        Assert.Equal(Path.Combine(program.Folder, "test.state.db"), state.DataSource);
    }

    [Fact]
    public void AnInMemoryProgramDatabaseKeepsItsStateInItself()
    {
        var inMemory = new SqliteConnectionFactory("Data Source=state-test;Mode=Memory;Cache=Shared");

        Assert.Equal(inMemory.ConnectionString, BotStateDatabase.ConnectionStringBeside(inMemory));
    }

    [Fact]
    public async Task ANewStateFileTakesOverTheStateKeptInTheProgramDatabaseOnce()
    {
        // An earlier version kept state in the program's database (migration 0002).
        using (var old = new SqliteStorage(program.Connections, program.Clock))
        {
            await old.WriteAsync(new Dictionary<string, StoreItem> { ["msteams/conversations/a"] = StoreItem.From(new { step = 3 }) });
        }

        var state = new SqliteConnectionFactory(BotStateDatabase.ConnectionStringBeside(program.Connections));
        var takenOver = BotStateDatabase.Ensure(state, program.Connections);
        program.Execute("INSERT INTO bot_state (key, etag, value, updated_at) VALUES ('late', 'x', '{}', 'now');");
        var again = BotStateDatabase.Ensure(state, program.Connections);

        using var storage = new SqliteStorage(state, program.Clock);
        var items = await storage.ReadAsync(["msteams/conversations/a", "late"]);
        Assert.Equal(1, takenOver);
        Assert.Equal(0, again);
        Assert.Equal(3, items["msteams/conversations/a"].Value.GetProperty("step").GetInt32());
        Assert.False(items.ContainsKey("late"));
    }

    [Fact]
    public async Task AStateFileWithoutAProgramDatabaseStartsEmptyAndWorks()
    {
        var state = new SqliteConnectionFactory(BotStateDatabase.ConnectionStringBeside(program.Connections));

        Assert.Equal(0, BotStateDatabase.Ensure(state));
        using var storage = new SqliteStorage(state, program.Clock);
        await storage.WriteAsync(new Dictionary<string, StoreItem> { ["k"] = StoreItem.From(new { n = 1 }) });

        Assert.Equal(1, (await storage.ReadAsync(["k"]))["k"].Value.GetProperty("n").GetInt32());
        Assert.Equal(0, program.Scalar("SELECT COUNT(*) FROM bot_state;"));
    }

    public void Dispose()
    {
        new SqliteConnectionFactory(BotStateDatabase.ConnectionStringBeside(program.Connections)).ReleasePooledConnections();
        program.Dispose();
    }
}
