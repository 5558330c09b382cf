using Microsoft.Data.Sqlite;
using PlanningServicesBot.Data.Sqlite;

namespace PlanningServicesBot.Data.Tests;

public sealed class ConnectionFactoryTests
{
    [Fact]
    public void EveryConnectionEnforcesForeignKeys()
    {
        using var database = TestDatabase.Create();

        for (var i = 0; i < 3; i++)
        {
            Assert.Equal(1, database.Scalar("PRAGMA foreign_keys;"));
            Assert.Equal(1, database.Scalar("PRAGMA synchronous;")); // NORMAL
        }
    }

    [Fact]
    public void ASleepSqliteAsksForLastsMillisecondsNotASecond()
    {
        _ = new SqliteConnectionFactory("Data Source=:memory:");

        var clock = System.Diagnostics.Stopwatch.StartNew();
        var slept = sqlite3_sleep(2);

        // A native build without usleep (such as SQLitePCLRaw 2.0.6's) sleeps a whole second for any request under one.
        Assert.Equal(2, slept);
        Assert.True(clock.Elapsed < TimeSpan.FromMilliseconds(500), $"sqlite3_sleep(2 ms) took {clock.Elapsed.TotalMilliseconds:0} ms.");
    }

    [System.Runtime.InteropServices.DllImport("e_sqlite3")]
    private static extern int sqlite3_sleep(int milliseconds);

    [Fact]
    public void AWriterWaitsForAnotherWritersLockAndGoesOnSoonAfterItIsReleased()
    {
        using var database = TestDatabase.Create();
        using var holder = database.Connections.Open();
        using var waiter = database.Connections.Open();
        var held = holder.BeginTransaction(deferred: false);
        long releasedAt = 0;
        // A thread of its own: a busy thread pool (tests run in parallel) must not delay the release itself.
        var releaser = new Thread(() =>
        {
            Thread.Sleep(30);
            held.Commit();
            Volatile.Write(ref releasedAt, System.Diagnostics.Stopwatch.GetTimestamp());
        });
        releaser.Start();

        long acquiredAt;
        using (var transaction = waiter.BeginTransaction(deferred: false))
        {
            acquiredAt = System.Diagnostics.Stopwatch.GetTimestamp();
            transaction.Commit();
        }

        releaser.Join();
        var afterRelease = System.Diagnostics.Stopwatch.GetElapsedTime(Volatile.Read(ref releasedAt), acquiredAt);

        // The installed handler waits in millisecond steps; SQLite's own busy timeout backs off in steps of up to 100 ms
        // (whole seconds in a build without usleep, where a 30 ms lock cost a second).
        Assert.True(afterRelease < TimeSpan.FromMilliseconds(900), $"The waiting writer went on {afterRelease.TotalMilliseconds:0} ms after the lock was released.");
    }

    [Fact]
    public void ConnectionsOpenedAfterThePoolIsClearedAreSetUpAgain()
    {
        using var database = TestDatabase.Create();
        Assert.Equal(1, database.Scalar("PRAGMA foreign_keys;"));

        database.Connections.ReleasePooledConnections();

        // Several at once, so that fresh native connections are opened, not only the pooled one.
        var open = Enumerable.Range(0, 4).Select(_ => database.Connections.Open()).ToList();
        try
        {
            Assert.All(open, connection =>
            {
                using var command = connection.CreateCommand();
                command.CommandText = "PRAGMA foreign_keys;";
                Assert.Equal(1L, command.ExecuteScalar());
                command.CommandText = "PRAGMA synchronous;";
                Assert.Equal(1L, command.ExecuteScalar());
            });
        }
        finally
        {
            open.ForEach(connection => connection.Dispose());
        }
    }

    [Fact]
    public void APreparedQueryRunAgainSeesWhatWasCommittedSinceAndTakesNewValues()
    {
        using var database = TestDatabase.Create();
        database.Execute("CREATE TABLE notes (id TEXT PRIMARY KEY, body TEXT NOT NULL);");
        const string Find = "SELECT body FROM notes WHERE id = $id";
        string? Body(string id) => database.Connections.Query(Find, [("$id", id)], reader => reader.Read() ? reader.GetString(0) : null);

        Assert.Null(Body("a"));
        database.Execute("INSERT INTO notes VALUES ('a', 'first'), ('b', 'second');");
        var seen = Enumerable.Range(0, 3).Select(_ => (Body("a"), Body("b"))).ToList();
        database.Execute("UPDATE notes SET body = 'changed' WHERE id = 'a';");

        Assert.All(seen, pair => Assert.Equal(("first", "second"), pair));
        Assert.Equal("changed", Body("a"));
    }

    [Fact]
    public void AFailedPreparedQueryDoesNotSpoilTheNextOne()
    {
        using var database = TestDatabase.Create();

        Assert.Throws<SqliteException>(() => database.Connections.Query("SELECT * FROM no_such_table", [], reader => reader.Read()));
        Assert.Throws<InvalidOperationException>(() => database.Connections.Query<long>("SELECT 1", [], _ => throw new InvalidOperationException("reader failed")));

        Assert.Equal(2L, database.Connections.Query("SELECT 1 + 1", [], reader => reader.Read() ? reader.GetInt64(0) : 0));
    }

    [Fact]
    public void TheDatabaseFileRunsInWriteAheadLogMode()
    {
        using var database = TestDatabase.Create();

        Assert.Equal("wal", database.Text("PRAGMA journal_mode;"));
    }

    [Fact]
    public void TheFolderOfTheDatabaseFileIsCreated()
    {
        using var database = TestDatabase.CreateEmpty();
        var nested = Path.Combine(database.Folder, "data", "nested", "planning.db");

        var factory = new SqliteConnectionFactory($"Data Source={nested}");
        using (factory.Open())
        {
        }

        factory.ReleasePooledConnections();
        Assert.True(File.Exists(nested));
        Assert.Equal(nested, factory.DataSource);
    }

    [Fact]
    public void WithoutAConnectionStringTheDatabaseIsAFileUnderData()
    {
        var factory = new SqliteConnectionFactory(connectionString: null);

        Assert.Equal(Path.GetFullPath(Path.Combine("data", "planning-services.db")), factory.DataSource);
    }

    [Fact]
    public void AForeignKeyViolationIsRejected()
    {
        using var database = TestDatabase.Create();

        var error = Assert.Throws<Microsoft.Data.Sqlite.SqliteException>(() => database.Execute(
            "INSERT INTO partner_locations (mpn_id, location_id, country_code) VALUES ('no-such-partner', 'L1', 'DE');"));
        Assert.Equal(19, error.SqliteErrorCode); // SQLITE_CONSTRAINT
    }
}
