using System.Diagnostics;
using System.Text.Json;
using BotRuntime.State;
using NodaTime;
using PlanningServicesBot.Data.BotState;
using PlanningServicesBot.Data.Sqlite.Migrations;

namespace PlanningServicesBot.Data.Tests.BotState;

/// <summary>The storage contract on a real migrated SQLite file, plus what only a database adds: concurrency and restarts.</summary>
public sealed class SqliteStorageTests : StorageContractTests, IDisposable
{
    private readonly TestDatabase database = TestDatabase.Create();
    private readonly List<SqliteStorage> opened = [];

    public SqliteStorageTests() => Storage = Open();

    protected override IStorage Storage { get; }

    [Fact]
    public async Task StateSurvivesARestartOnTheSameFile()
    {
        var written = await Storage.WriteAsync(Changes("conversation", new { step = 2 }, null));
        ((IDisposable)Storage).Dispose();

        var restarted = Open();
        var item = (await restarted.ReadAsync(["conversation"]))["conversation"];
        var next = await restarted.WriteAsync(Changes("conversation", new { step = 3 }, item.ETag));

        Assert.Equal(2, item.Value.GetProperty("step").GetInt32());
        Assert.Equal(written["conversation"], item.ETag);
        Assert.NotEqual(written["conversation"], next["conversation"]);
    }

    [Fact]
    public async Task ARestartedStorageNeverReusesAnETag()
    {
        var before = await Storage.WriteAsync(Changes("a", new { n = 1 }, null));
        ((IDisposable)Storage).Dispose();

        var after = await Open().WriteAsync(Changes("a", new { n = 2 }, null));

        Assert.NotEqual(before["a"], after["a"]);
        await Assert.ThrowsAsync<StoragePreconditionFailedException>(() => Open().WriteAsync(Changes("a", new { n = 3 }, before["a"])));
    }

    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public async Task OfTwoWritersHoldingTheSameETagExactlyOneSucceeds(bool separateStorages)
    {
        var other = separateStorages ? Open() : Storage;
        for (var round = 0; round < 20; round++)
        {
            var eTag = (await Storage.WriteAsync(Changes("contested", new { writer = "nobody" }, null)))["contested"];
            using var start = new Barrier(2);

            var results = await Task.WhenAll(
                Task.Run(() => TryWrite(Storage, "first", eTag, start)),
                Task.Run(() => TryWrite(other, "second", eTag, start)));

            var winners = results.Where(r => r.ETag is not null).ToList();
            var stored = (await Storage.ReadAsync(["contested"]))["contested"];
            Assert.Single(winners);
            Assert.Equal(winners[0].Writer, stored.Value.GetProperty("writer").GetString());
            Assert.Equal(winners[0].ETag, stored.ETag);
        }
    }

    [Fact]
    public async Task WritersRetryingOnConflictsLoseNoIncrement()
    {
        var storages = new[] { Storage, Open(), Open() };
        await Storage.WriteAsync(Changes("counter", new { count = 0 }, null));

        await Task.WhenAll(Enumerable.Range(0, 6).Select(worker => Task.Run(async () =>
        {
            var storage = storages[worker % storages.Length];
            for (var i = 0; i < 25; i++)
            {
                while (true)
                {
                    var current = (await storage.ReadAsync(["counter"]))["counter"];
                    var count = current.Value.GetProperty("count").GetInt32();
                    // A turn does its work between loading and saving state; let other workers run meanwhile.
                    await Task.Yield();
                    try
                    {
                        await storage.WriteAsync(Changes("counter", new { count = count + 1 }, current.ETag));
                        break;
                    }
                    catch (StoragePreconditionFailedException)
                    {
                    }
                }
            }
        })));

        // Read from the file: each storage's memory holds only what it last saw itself.
        Assert.Equal(150, database.Scalar("SELECT json_extract(value, '$.count') FROM bot_state WHERE key = 'counter';"));
        Assert.Equal(150, (await Open().ReadAsync(["counter"]))["counter"].Value.GetProperty("count").GetInt32());
    }

    [Fact]
    public async Task ManyConversationsSavingTheirStateAtOnceAllSucceed()
    {
        await Task.WhenAll(Enumerable.Range(0, 64).Select(conversation => Task.Run(async () =>
        {
            var conversationKey = $"webchat/conversations/{conversation}";
            var userKey = $"webchat/users/{conversation}";
            for (var turn = 1; turn <= 10; turn++)
            {
                var items = await Storage.ReadAsync([conversationKey, userKey]);
                await Storage.WriteAsync(new Dictionary<string, StoreItem>
                {
                    [conversationKey] = StoreItem.From(new { turn }, items.TryGetValue(conversationKey, out var c) ? c.ETag : null),
                    [userKey] = StoreItem.From(new { turn }, items.TryGetValue(userKey, out var u) ? u.ETag : null),
                });
            }
        })));

        Assert.Equal(128, database.Scalar("SELECT COUNT(*) FROM bot_state WHERE value = '{\"turn\":10}';"));
    }

    [Fact]
    public async Task TheNextWriteAfterAConflictIsNotHeldUpByIt()
    {
        var eTag = (await Storage.WriteAsync(Changes("a", new { n = 1 }, null)))["a"];
        await Storage.WriteAsync(Changes("a", new { n = 2 }, null));
        await Assert.ThrowsAsync<StoragePreconditionFailedException>(() => Storage.WriteAsync(Changes("a", new { n = 3 }, eTag)));

        await Storage.WriteAsync(Changes("b", new { n = 1 }, null));
        database.Execute("INSERT INTO bot_state (key, etag, value, updated_at) VALUES ('from-another-connection', 'x', '{}', 'now');");

        Assert.Equal(3, database.Scalar("SELECT COUNT(*) FROM bot_state;"));
    }

    [Fact]
    public async Task EveryWriteRecordsTheClockTimeItHappened()
    {
        await Storage.WriteAsync(Changes("a", new { n = 1 }, null));
        database.Clock.Now += Duration.FromMinutes(5);

        await Storage.WriteAsync(Changes("b", new { n = 1 }, null));

        Assert.Equal("2021-05-03T09:00:00Z", database.Text("SELECT updated_at FROM bot_state WHERE key = 'a';"));
        Assert.Equal("2021-05-03T09:05:00Z", database.Text("SELECT updated_at FROM bot_state WHERE key = 'b';"));
    }

    [Fact]
    public async Task ASweepDeletesWhatWasLastWrittenBeforeTheCutoffAndNothingElse()
    {
        var stale = await Storage.WriteAsync(Changes("quiet conversation", new { step = 1 }, null));
        await Storage.WriteAsync(Changes("quiet user", new { n = 1 }, null));
        database.Clock.Now += Duration.FromDays(10);
        await Storage.WriteAsync(Changes("busy conversation", new { step = 7 }, null));

        var deleted = await ((SqliteStorage)Storage).DeleteNotWrittenSinceAsync(database.Clock.Now - Duration.FromDays(1));

        Assert.Equal(2, deleted);
        Assert.Equal(["busy conversation"], (await Storage.ReadAsync(["quiet conversation", "quiet user", "busy conversation"])).Keys);
        Assert.Equal(["busy conversation"], (await Open().ReadAsync(["quiet conversation", "quiet user", "busy conversation"])).Keys);
        // A turn still holding the deleted version cannot bring it back; re-run, it reads nothing and starts afresh.
        await Assert.ThrowsAsync<StoragePreconditionFailedException>(() => Storage.WriteAsync(Changes("quiet conversation", new { step = 2 }, stale["quiet conversation"])));
        Assert.Equal(0, await ((SqliteStorage)Storage).DeleteNotWrittenSinceAsync(database.Clock.Now - Duration.FromDays(1)));
    }

    [Fact]
    public async Task ADocumentWrittenAgainBetweenTheSweepsScanAndItsDeleteStays()
    {
        var storage = (SqliteStorage)Storage;
        var first = await storage.WriteAsync(Changes("comes back", new { step = 1 }, null));
        await storage.WriteAsync(Changes("gone", new { step = 1 }, null));
        database.Clock.Now += Duration.FromDays(100);

        var expired = storage.NotWrittenSince(database.Clock.Now - Duration.FromDays(90), CancellationToken.None);
        var again = await storage.WriteAsync(Changes("comes back", new { step = 2 }, first["comes back"]));
        var deleted = await storage.DeleteUnchangedAsync(expired);

        Assert.Equal(["comes back", "gone"], expired.Select(v => v.Key).Order());
        Assert.Equal(1, deleted);
        var kept = (await Open().ReadAsync(["comes back", "gone"])).Single();
        Assert.Equal(("comes back", again["comes back"], 2), (kept.Key, kept.Value.ETag, kept.Value.Value.GetProperty("step").GetInt32()));
    }

    [Fact]
    public async Task ASweepOfManyDocumentsRunsWhileTurnsKeepWriting()
    {
        var storage = (SqliteStorage)Storage;
        await Task.WhenAll(Enumerable.Range(0, 1000).Select(i => storage.WriteAsync(Changes($"old-{i}", new { i }, null))));
        database.Clock.Now += Duration.FromDays(100);

        var sweep = storage.DeleteNotWrittenSinceAsync(database.Clock.Now - Duration.FromDays(90));
        var turns = Task.WhenAll(Enumerable.Range(0, 200).Select(i => storage.WriteAsync(Changes($"new-{i}", new { i }, null))));
        await Task.WhenAll(sweep, turns);

        Assert.Equal(1000, await sweep);
        Assert.Equal(200, database.Scalar("SELECT COUNT(*) FROM bot_state;"));
        Assert.Equal(0, database.Scalar("SELECT COUNT(*) FROM bot_state WHERE key LIKE 'old-%';"));
    }

    [Fact]
    public async Task AStorageCreatedBeforeTheMigrationsWorksOnceTheyHaveRun()
    {
        using var empty = TestDatabase.CreateEmpty();
        using var storage = new SqliteStorage(empty.Connections, empty.Clock);
        await Assert.ThrowsAsync<Microsoft.Data.Sqlite.SqliteException>(() => storage.ReadAsync(["a"]));
        await Assert.ThrowsAsync<Microsoft.Data.Sqlite.SqliteException>(() => storage.WriteAsync(Changes("a", new { n = 1 }, null)));

        new SqliteMigrator(empty.Connections, empty.Clock).Migrate();
        await storage.WriteAsync(Changes("a", new { n = 1 }, null));

        Assert.Equal(1, (await storage.ReadAsync(["a"]))["a"].Value.GetProperty("n").GetInt32());
    }

    [Fact]
    public async Task ConnectionsGoBackToThePoolWithSQLitesAutomaticCheckpoints()
    {
        await Storage.WriteAsync(Changes("a", new { n = 1 }, null));
        await Storage.ReadAsync(["a"]);
        ((IDisposable)Storage).Dispose();

        var pooled = Enumerable.Range(0, 8).Select(_ => database.Connections.Open()).ToList();
        var settings = pooled.Select(connection =>
        {
            using var command = connection.CreateCommand();
            command.CommandText = "PRAGMA wal_autocheckpoint";
            return Convert.ToInt64(command.ExecuteScalar(), System.Globalization.CultureInfo.InvariantCulture);
        }).ToList();
        pooled.ForEach(connection => connection.Dispose());

        Assert.All(settings, pages => Assert.Equal(1000, pages));
    }

    [Fact]
    public async Task CommittedStateReachesTheDatabaseFileWhileTheStorageIsOpen()
    {
        var sizeBefore = new FileInfo(database.Path).Length;
        var padding = new string('x', 2000);

        for (var i = 0; i < 400; i++)
        {
            await Storage.WriteAsync(Changes($"conversation-{i}", new { padding }, null));
        }

        var waited = Stopwatch.StartNew();
        while (new FileInfo(database.Path).Length < sizeBefore + (400 * 2000) && waited.Elapsed < TimeSpan.FromSeconds(10))
        {
            await Task.Delay(50);
        }

        Assert.True(new FileInfo(database.Path).Length >= sizeBefore + (400 * 2000), "The write-ahead log was not checkpointed into the database file.");
    }

    [Fact]
    public async Task AConflictInOneOfManyConcurrentWritesUndoesOnlyThatWrite()
    {
        var keys = Enumerable.Range(0, 60).Select(i => $"conversation-{i}").ToArray();
        var first = new Dictionary<string, string>();
        foreach (var key in keys)
        {
            first[key] = (await Storage.WriteAsync(Changes(key, new { n = 1 }, null)))[key];
            await Storage.WriteAsync(Changes($"{key}/user", new { n = 1 }, null));
        }

        // Every third conversation was changed by someone else since its turn read it.
        foreach (var key in keys.Where((_, i) => i % 3 == 0))
        {
            await Storage.WriteAsync(Changes(key, new { n = 99 }, first[key]));
        }

        // Each turn writes its conversation (conditionally) and its user (unconditionally) together, all at once.
        var outcomes = await AllAtOnce(keys, key => Storage.WriteAsync(new Dictionary<string, StoreItem>
        {
            [$"{key}/user"] = StoreItem.From(new { n = 2 }),
            [key] = StoreItem.From(new { n = 2 }, first[key]),
        }));

        for (var i = 0; i < keys.Length; i++)
        {
            var stale = i % 3 == 0;
            Assert.Equal(!stale, outcomes[i]);
            Assert.Equal(stale ? 99 : 2, database.Scalar($"SELECT json_extract(value, '$.n') FROM bot_state WHERE key = '{keys[i]}';"));
            Assert.Equal(stale ? 1 : 2, database.Scalar($"SELECT json_extract(value, '$.n') FROM bot_state WHERE key = '{keys[i]}/user';"));
        }
    }

    [Fact]
    public async Task StaleSingleDocumentWritesCommittedAlongsideOthersChangeNothing()
    {
        var keys = Enumerable.Range(0, 60).Select(i => $"single-{i}").ToArray();
        var first = new Dictionary<string, string>();
        foreach (var key in keys)
        {
            first[key] = (await Storage.WriteAsync(Changes(key, new { n = 1 }, null)))[key];
        }

        foreach (var key in keys.Where((_, i) => i % 2 == 0))
        {
            await Storage.WriteAsync(Changes(key, new { n = 99 }, first[key]));
        }

        var outcomes = await AllAtOnce(keys, key => Storage.WriteAsync(Changes(key, new { n = 2 }, first[key])));

        for (var i = 0; i < keys.Length; i++)
        {
            Assert.Equal(i % 2 != 0, outcomes[i]);
            Assert.Equal(i % 2 == 0 ? 99 : 2, database.Scalar($"SELECT json_extract(value, '$.n') FROM bot_state WHERE key = '{keys[i]}';"));
        }
    }

    [Fact]
    public async Task AWriteFromOutsideThisProcessIsNeverOverwrittenAndIsReadAfterTheConflict()
    {
        var eTag = (await Storage.WriteAsync(Changes("conversation", new { step = 1 }, null)))["conversation"];
        database.Execute("UPDATE bot_state SET etag = 'elsewhere', value = '{\"step\":7}' WHERE key = 'conversation';");

        await Assert.ThrowsAsync<StoragePreconditionFailedException>(() => Storage.WriteAsync(Changes("conversation", new { step = 2 }, eTag)));
        var reread = (await Storage.ReadAsync(["conversation"]))["conversation"];

        Assert.Equal("elsewhere", reread.ETag);
        Assert.Equal(7, reread.Value.GetProperty("step").GetInt32());
        Assert.Equal(7, database.Scalar("SELECT json_extract(value, '$.step') FROM bot_state WHERE key = 'conversation';"));
    }

    [Fact]
    public async Task TheMemoryCacheStaysWithinItsCapacityAndEveryDocumentStaysReadable()
    {
        var storage = Open(cachedDocuments: 100);
        for (var i = 0; i < 1000; i++)
        {
            await storage.WriteAsync(Changes($"conversation-{i}", new { i }, null));
        }

        var items = await storage.ReadAsync([.. Enumerable.Range(0, 1000).Select(i => $"conversation-{i}")]);

        Assert.InRange(storage.CachedDocuments, 1, 114);
        Assert.Equal(1000, items.Count);
        Assert.All(Enumerable.Range(0, 1000), i => Assert.Equal(i, items[$"conversation-{i}"].Value.GetProperty("i").GetInt32()));
    }

    [Fact]
    public async Task ACachedDocumentDoesNotDependOnTheWritersJsonDocument()
    {
        using (var document = JsonDocument.Parse("{\"step\":4}"))
        {
            await Storage.WriteAsync(new Dictionary<string, StoreItem> { ["conversation"] = new(document.RootElement) });
        }

        Assert.Equal(4, (await Storage.ReadAsync(["conversation"]))["conversation"].Value.GetProperty("step").GetInt32());
    }

    [Fact]
    public async Task DisposingCommitsEveryWriteAlreadyQueued()
    {
        var storage = Open();
        var writes = Enumerable.Range(0, 200).Select(i => storage.WriteAsync(Changes($"queued-{i}", new { i }, null))).ToList();

        storage.Dispose();

        await Task.WhenAll(writes);
        Assert.Equal(200, database.Scalar("SELECT COUNT(*) FROM bot_state WHERE key LIKE 'queued-%';"));
        await Assert.ThrowsAsync<ObjectDisposedException>(() => storage.WriteAsync(Changes("late", new { i = 0 }, null)));
    }

    public void Dispose()
    {
        foreach (var storage in opened)
        {
            storage.Dispose();
        }

        database.Dispose();
    }

    private SqliteStorage Open(int cachedDocuments = SqliteStorage.DefaultCachedDocuments)
    {
        var storage = new SqliteStorage(database.Connections, database.Clock, cachedDocuments);
        opened.Add(storage);
        return storage;
    }

    /// <summary>Starts one write per key at the same moment; true where it committed, false where its ETag was stale (for that key).</summary>
    private static async Task<bool[]> AllAtOnce(IEnumerable<string> keys, Func<string, Task> write)
    {
        var start = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        var writes = keys.Select(key => Task.Run(async () =>
        {
            await start.Task;
            try
            {
                await write(key);
                return true;
            }
            catch (StoragePreconditionFailedException conflict)
            {
                Assert.Equal(key, conflict.Key);
                return false;
            }
        })).ToList();
        start.SetResult();
        return await Task.WhenAll(writes);
    }

    private static async Task<(string Writer, string? ETag)> TryWrite(IStorage storage, string writer, string eTag, Barrier start)
    {
        start.SignalAndWait();
        try
        {
            var written = await storage.WriteAsync(new Dictionary<string, StoreItem>
            {
                ["contested"] = new(JsonSerializer.SerializeToElement(new { writer }), eTag),
            });
            return (writer, written["contested"]);
        }
        catch (StoragePreconditionFailedException)
        {
            return (writer, null);
        }
    }
}
