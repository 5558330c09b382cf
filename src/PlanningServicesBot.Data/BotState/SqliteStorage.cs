using System.Collections.Concurrent;
using System.Globalization;
using System.Security.Cryptography;
using BotRuntime.State;
using NodaTime;
using PlanningServicesBot.Data.Sqlite;

namespace PlanningServicesBot.Data.BotState;

/// <summary>
/// Bot state in a bot_state table (its own file in the host, see <see cref="BotStateDatabase"/>): one JSON document per
/// key with its ETag.
/// <para>
/// Writes go to one writer thread that commits whatever has queued up meanwhile in one transaction (group commit);
/// a request of several documents gets a savepoint so that a conflict undoes only that request; a caller's task
/// completes once its request is committed. The writer never takes a thread-pool thread.
/// </para>
/// <para>
/// Reads are served from the documents this process last read or wrote (<see cref="StateDocumentCache"/>); what memory
/// lacks the writer thread reads on its own connection between commits. Besides that connection only the background
/// checkpointer opens the file. The cache assumes what the architecture says of SQLite: one bot process per database
/// file. Another writer is still never overwritten (every write is conditional on the ETag, and a conflict drops the
/// key from the cache so the re-run reads the database).
/// </para>
/// </summary>
public sealed class SqliteStorage : IStorage, IDisposable
{
    public const int DefaultCachedDocuments = 1024;

    // Well under SQLite's automatic checkpoint at 1000 WAL pages, so other connections' commits rarely reach it.
    private const int WritesPerCheckpoint = 200;
    private const int MaxRequestsPerCommit = 256;

    // A sweep deletes this many documents to a commit, so turns queued behind it wait for a short one.
    private const int SweptPerCommit = 256;

    private readonly SqliteConnectionFactory connections;
    private readonly IClock clock;
    private readonly StateDocumentCache cache;
    private readonly WalCheckpointer? checkpointer;
    private readonly ConcurrentQueue<StateRequest> queued = new();
    private readonly AutoResetEvent writerWake = new(false);
    private readonly Thread writerThread;
    // A random prefix per instance keeps ETags unique across restarts and across processes sharing the file.
    private readonly string eTagPrefix = Convert.ToHexStringLower(RandomNumberGenerator.GetBytes(8));
    private long eTagSequence;
    private StateWriteSession? writer;
    private int writesSinceCheckpoint;
    private int writerSleeping;
    private volatile bool stopping;
    private volatile bool disposed;

    public SqliteStorage(SqliteConnectionFactory connections, IClock clock, int cachedDocuments = DefaultCachedDocuments)
    {
        this.connections = connections ?? throw new ArgumentNullException(nameof(connections));
        this.clock = clock ?? throw new ArgumentNullException(nameof(clock));
        cache = new StateDocumentCache(cachedDocuments);
        checkpointer = connections.IsInMemory ? null : new WalCheckpointer(connections);
        writerThread = new Thread(RunWriter) { IsBackground = true, Name = "SQLite bot state writer" };
        writerThread.Start();
    }

    /// <summary>Documents held in memory now (for tests and diagnostics).</summary>
    public int CachedDocuments => cache.Count;

    public Task<IDictionary<string, StoreItem>> ReadAsync(IReadOnlyCollection<string> keys, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(keys);
        ObjectDisposedException.ThrowIf(disposed, this);
        cancellationToken.ThrowIfCancellationRequested();

        var items = new Dictionary<string, StoreItem>(keys.Count, StringComparer.Ordinal);
        List<string>? missed = null;
        foreach (var key in keys)
        {
            ArgumentNullException.ThrowIfNull(key, nameof(keys));
            if (cache.TryGet(key, out var item))
            {
                items[key] = item;
            }
            else
            {
                (missed ??= []).Add(key);
            }
        }

        if (missed is null)
        {
            return Task.FromResult<IDictionary<string, StoreItem>>(items);
        }

        // What memory lacks is read by the writer thread on its own connection, between commits: no reader then retries
        // on a log index that thousands of commits a second keep changing.
        var request = new StateRequest([], [], null, [.. missed]);
        Enqueue(request);
        return Merged(request, items);
    }

    public Task<IReadOnlyDictionary<string, string>> WriteAsync(IReadOnlyDictionary<string, StoreItem> changes, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(changes);
        ObjectDisposedException.ThrowIf(disposed, this);
        cancellationToken.ThrowIfCancellationRequested();

        var batch = new StateChange[changes.Count];
        var written = new StoreItem[changes.Count];
        var eTags = new Dictionary<string, string>(changes.Count, StringComparer.Ordinal);
        var index = 0;
        foreach (var (key, item) in changes)
        {
            ArgumentNullException.ThrowIfNull(item, nameof(changes));
            var newETag = NewETag();
            // Held as UTF-8 of its own, so the cache does not depend on the caller keeping a JsonDocument alive.
            var stored = item.WithETag(newETag);
            batch[index] = new StateChange(key, ExpectedETag(key, item.ETag), stored.Utf8, newETag);
            written[index++] = stored;
            eTags[key] = newETag;
        }

        if (batch.Length == 0)
        {
            return Task.FromResult<IReadOnlyDictionary<string, string>>(eTags);
        }

        var request = new StateRequest(batch, written, null);
        Enqueue(request);
        return Completed(request.Done.Task, eTags);
    }

    public Task DeleteAsync(IReadOnlyCollection<string> keys, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(keys);
        ObjectDisposedException.ThrowIf(disposed, this);
        if (keys.Count == 0)
        {
            return Task.CompletedTask;
        }

        foreach (var key in keys)
        {
            ArgumentNullException.ThrowIfNull(key, nameof(keys));
        }

        var request = new StateRequest([], [], [.. keys.Select(key => new StateDeletion(key, null))]);
        Enqueue(request);
        return request.Done.Task;
    }

    /// <summary>
    /// Deletes the documents not written since <paramref name="cutoff"/> (conversations and users gone quiet) and returns
    /// how many. The table is scanned on a connection of its own, off the writer thread, so turns keep committing; the
    /// deletes then go through the writer in small batches, each conditional on the ETag the scan saw, so a document
    /// written again in the meantime stays.
    /// </summary>
    public async Task<int> DeleteNotWrittenSinceAsync(Instant cutoff, CancellationToken cancellationToken = default)
    {
        ObjectDisposedException.ThrowIf(disposed, this);
        var expired = await Task.Run(() => NotWrittenSince(cutoff, cancellationToken), cancellationToken).ConfigureAwait(false);
        return await DeleteUnchangedAsync(expired, cancellationToken).ConfigureAwait(false);
    }

    /// <summary>Deletes each document that still has the ETag given, through the writer, a few hundred to a commit.</summary>
    internal async Task<int> DeleteUnchangedAsync(IReadOnlyCollection<StateDeletion> versions, CancellationToken cancellationToken = default)
    {
        var deleted = 0;
        foreach (var chunk in versions.Chunk(SweptPerCommit))
        {
            cancellationToken.ThrowIfCancellationRequested();
            var request = new StateRequest([], [], chunk);
            Enqueue(request);
            await request.Done.Task.ConfigureAwait(false);
            deleted += request.Deleted!.Count;
        }

        return deleted;
    }

    public void Dispose()
    {
        if (disposed)
        {
            return;
        }

        disposed = true;
        stopping = true;
        writerWake.Set();

        // The writer finishes what was queued before it stops, so every write acknowledged so far is committed;
        // a request that slipped in as it stopped is refused, never left waiting.
        writerThread.Join();
        while (queued.TryDequeue(out var late))
        {
            late.Done.TrySetException(new ObjectDisposedException(nameof(SqliteStorage)));
        }

        writer?.Dispose();
        writer = null;
        writerWake.Dispose();

        checkpointer?.Dispose();
    }

    private static async Task<IReadOnlyDictionary<string, string>> Completed(Task committed, IReadOnlyDictionary<string, string> eTags)
    {
        await committed.ConfigureAwait(false);
        return eTags;
    }

    private static string? ExpectedETag(string key, string? eTag)
    {
        if (eTag is null || eTag == StoreItem.AnyETag)
        {
            return null;
        }

        return eTag.Length > 0
            ? eTag
            : throw new ArgumentException($"The ETag of '{key}' is empty; use null or \"*\" to overwrite.");
    }

    private string NewETag() =>
        string.Create(CultureInfo.InvariantCulture, $"{eTagPrefix}-{Interlocked.Increment(ref eTagSequence):x}");

    private static async Task<IDictionary<string, StoreItem>> Merged(StateRequest read, Dictionary<string, StoreItem> cached)
    {
        await read.Done.Task.ConfigureAwait(false);
        foreach (var (key, item) in read.Found!)
        {
            cached[key] = item;
        }

        return cached;
    }

    private void Enqueue(StateRequest request)
    {
        if (stopping)
        {
            throw new ObjectDisposedException(nameof(SqliteStorage));
        }

        // Lock-free: callers never wait for each other or for the writer to hand them a turn.
        queued.Enqueue(request);
        if (Interlocked.Exchange(ref writerSleeping, 0) == 1)
        {
            writerWake.Set();
        }
    }

    internal List<StateDeletion> NotWrittenSince(Instant cutoff, CancellationToken cancellationToken)
    {
        // A reader in WAL mode neither waits for the writer nor holds it up. The times are compared as instants, not as
        // text: the stored form has as many fraction digits as it needs.
        using var connection = connections.Open();
        using var command = connection.CreateCommand();
        command.CommandText = "SELECT key, etag, updated_at FROM bot_state";
        using var reader = command.ExecuteReader();
        var expired = new List<StateDeletion>();
        while (reader.Read())
        {
            cancellationToken.ThrowIfCancellationRequested();
            if (reader.GetInstant(2) < cutoff)
            {
                expired.Add(new StateDeletion(reader.GetString(0), reader.GetString(1)));
            }
        }

        return expired;
    }

    private void RunWriter()
    {
        var batch = new List<StateRequest>(MaxRequestsPerCommit);
        while (true)
        {
            while (batch.Count < MaxRequestsPerCommit && queued.TryDequeue(out var request))
            {
                batch.Add(request);
            }

            if (batch.Count > 0)
            {
                // Reads first, against what is committed: they are ordered before this batch's writes.
                if (batch.Exists(request => request.ReadKeys is not null))
                {
                    foreach (var read in batch.Where(request => request.ReadKeys is not null))
                    {
                        Read(read);
                    }

                    batch.RemoveAll(request => request.ReadKeys is not null);
                }

                if (batch.Count > 0)
                {
                    Commit(batch);
                }

                batch.Clear();
                continue;
            }

            if (stopping)
            {
                return;
            }

            // Under load the next request is usually microseconds away: look again a few times before sleeping, since
            // waking a sleeping writer costs the enqueuing turn a system call.
            var spin = new SpinWait();
            while (queued.IsEmpty && !stopping && !spin.NextSpinWillYield)
            {
                spin.SpinOnce();
            }

            if (!queued.IsEmpty)
            {
                continue;
            }

            // Announce the sleep before the last look at the queue, so an enqueue after that look wakes the writer.
            Interlocked.Exchange(ref writerSleeping, 1);
            if (queued.IsEmpty && !stopping)
            {
                writerWake.WaitOne();

                // Woken by the first request of the next commit: let the threads that are ready to run go first (their
                // turns end in requests too), so the commit takes them along rather than one or two at a time. On an idle
                // machine this returns at once. Under load it made commits four times larger (18.7 requests instead of
                // 4.5) and a turn's CPU in the in-process benchmark a sixth smaller (README, Benchmarks).
                Thread.Yield();
            }

            Volatile.Write(ref writerSleeping, 0);
        }
    }

    private void Read(StateRequest request)
    {
        try
        {
            var found = (writer ??= new StateWriteSession(connections.Open())).Read(request.ReadKeys!);
            foreach (var (key, item) in found)
            {
                cache.AddIfAbsent(key, item);
            }

            request.Found = found;
            request.Done.TrySetResult();
        }
        catch (Exception exception)
        {
            writer?.Dispose();
            writer = null;
            request.Done.TrySetException(exception);
        }
    }

    /// <summary>Commits a batch in one transaction; if that fails for a reason other than a conflict, each request is tried alone so one cannot sink the others.</summary>
    private void Commit(List<StateRequest> batch)
    {
        try
        {
            CommitTogether(batch);
        }
        catch (Exception) when (batch.Count > 1)
        {
            foreach (var request in batch)
            {
                try
                {
                    CommitTogether([request]);
                }
                catch (Exception alone)
                {
                    request.Done.TrySetException(alone);
                }
            }

            return;
        }
        catch (Exception exception)
        {
            batch[0].Done.TrySetException(exception);
            return;
        }

        if ((writesSinceCheckpoint += batch.Count) >= WritesPerCheckpoint)
        {
            writesSinceCheckpoint = 0;
            checkpointer?.Request();
        }
    }

    private void CommitTogether(IReadOnlyList<StateRequest> batch)
    {
        var conflicts = new string?[batch.Count];
        try
        {
            var session = writer ??= new StateWriteSession(connections.Open());
            var updatedAt = StoredValues.Instant(clock.GetCurrentInstant());
            using var transaction = session.Begin();
            var alone = batch.Count == 1;
            for (var i = 0; i < batch.Count; i++)
            {
                var request = batch[i];
                if (request.Deletions is { } deletions)
                {
                    request.Deleted = session.Delete(deletions);
                }
                else
                {
                    conflicts[i] = session.TryWrite(request.Changes, updatedAt, alone);
                }
            }

            if (alone && conflicts[0] is not null)
            {
                transaction.Rollback();
            }
            else
            {
                transaction.Commit();
            }
        }
        catch
        {
            // After an I/O or SQL failure the connection's state is unknown, so the next write starts on a fresh one.
            writer?.Dispose();
            writer = null;
            throw;
        }

        // In commit order, before any caller hears of it: the cache never lags behind what a caller was told.
        for (var i = 0; i < batch.Count; i++)
        {
            var request = batch[i];
            if (request.Deletions is { } deletions)
            {
                // A conditional delete that found a newer version left it, and the cache holds that one; the rest are gone.
                foreach (var (key, eTag) in deletions)
                {
                    if (eTag is null || request.Deleted!.Contains(key))
                    {
                        cache.Remove(key);
                    }
                }

                request.Done.TrySetResult();
            }
            else if (conflicts[i] is { } conflict)
            {
                // Someone else's version is in the database; the re-run must read it, not this process's memory.
                cache.Remove(conflict);
                request.Done.TrySetException(new StoragePreconditionFailedException(conflict));
            }
            else
            {
                for (var c = 0; c < request.Changes.Length; c++)
                {
                    cache.Set(request.Changes[c].Key, request.Written[c]);
                }

                request.Done.TrySetResult();
            }
        }
    }

    /// <summary>One caller's write (its changes and the items the cache gets once they commit), deletions, or read.</summary>
    private sealed class StateRequest(StateChange[] changes, StoreItem[] written, StateDeletion[]? deletions, string[]? readKeys = null)
    {
        public string[]? ReadKeys { get; } = readKeys;

        /// <summary>What a read found, once <see cref="Done"/> completes.</summary>
        public IDictionary<string, StoreItem>? Found { get; set; }

        public StateChange[] Changes { get; } = changes;

        public StoreItem[] Written { get; } = written;

        public StateDeletion[]? Deletions { get; } = deletions;

        /// <summary>The keys of <see cref="Deletions"/> that were deleted, once committed.</summary>
        public List<string>? Deleted { get; set; }

        public TaskCompletionSource Done { get; } = new(TaskCreationOptions.RunContinuationsAsynchronously);
    }
}
