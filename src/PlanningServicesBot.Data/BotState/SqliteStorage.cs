using System.Collections.Concurrent;
using System.Globalization;
using System.Security.Cryptography;
using BotRuntime.State;
using NodaTime;
using PlanningServicesBot.Data.Sqlite;

namespace PlanningServicesBot.Data.BotState;

/// <summary>
/// Bot state in the bot_state table (migration 0002): one JSON document per key with its ETag.
/// Writes of this instance take turns on one connection, so they queue in .NET instead of sleeping in SQLite's
/// busy handler; reads run in parallel on pooled connections (WAL readers never wait for the writer); checkpoints
/// run in the background.
/// </summary>
public sealed class SqliteStorage : IStorage, IDisposable
{
    // Well under SQLite's automatic checkpoint at 1000 WAL pages, so other connections' commits rarely reach it.
    private const int CommitsPerCheckpoint = 200;

    private readonly SqliteConnectionFactory connections;
    private readonly IClock clock;
    private readonly SemaphoreSlim writeTurn = new(1, 1);
    private readonly ConcurrentQueue<StateReadSession> idleReaders = new();
    private readonly int maxIdleReaders = Math.Max(2, Environment.ProcessorCount);
    private readonly WalCheckpointer? checkpointer;
    // A random prefix per instance keeps ETags unique across restarts and across processes sharing the file.
    private readonly string eTagPrefix = Convert.ToHexStringLower(RandomNumberGenerator.GetBytes(8));
    private long eTagSequence;
    private StateWriteSession? writer;
    private int commitsSinceCheckpoint;
    private volatile bool disposed;

    public SqliteStorage(SqliteConnectionFactory connections, IClock clock)
    {
        this.connections = connections ?? throw new ArgumentNullException(nameof(connections));
        this.clock = clock ?? throw new ArgumentNullException(nameof(clock));
        checkpointer = connections.IsInMemory ? null : new WalCheckpointer(connections);
    }

    public Task<IDictionary<string, StoreItem>> ReadAsync(IReadOnlyCollection<string> keys, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(keys);
        ObjectDisposedException.ThrowIf(disposed, this);
        cancellationToken.ThrowIfCancellationRequested();

        var session = idleReaders.TryDequeue(out var idle) ? idle : new StateReadSession(connections.Open());
        IDictionary<string, StoreItem> items;
        try
        {
            items = session.Read(keys);
        }
        catch
        {
            session.Dispose();
            throw;
        }

        ReturnReader(session);
        return Task.FromResult(items);
    }

    public async Task<IReadOnlyDictionary<string, string>> WriteAsync(IReadOnlyDictionary<string, StoreItem> changes, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(changes);
        ObjectDisposedException.ThrowIf(disposed, this);

        var batch = new StateChange[changes.Count];
        var eTags = new Dictionary<string, string>(changes.Count, StringComparer.Ordinal);
        var index = 0;
        foreach (var (key, item) in changes)
        {
            ArgumentNullException.ThrowIfNull(item, nameof(changes));
            var newETag = NewETag();
            batch[index++] = new StateChange(key, ExpectedETag(key, item.ETag), item.Value.GetRawText(), newETag);
            eTags[key] = newETag;
        }

        if (batch.Length == 0)
        {
            return eTags;
        }

        var updatedAt = StoredValues.Instant(clock.GetCurrentInstant());
        await writeTurn.WaitAsync(cancellationToken).ConfigureAwait(false);
        try
        {
            ObjectDisposedException.ThrowIf(disposed, this);
            Writer().Write(batch, updatedAt);
            Committed();
        }
        catch (Exception exception) when (exception is not StoragePreconditionFailedException)
        {
            DiscardWriter();
            throw;
        }
        finally
        {
            writeTurn.Release();
        }

        return eTags;
    }

    public async Task DeleteAsync(IReadOnlyCollection<string> keys, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(keys);
        ObjectDisposedException.ThrowIf(disposed, this);
        if (keys.Count == 0)
        {
            return;
        }

        await writeTurn.WaitAsync(cancellationToken).ConfigureAwait(false);
        try
        {
            ObjectDisposedException.ThrowIf(disposed, this);
            Writer().Delete(keys);
            Committed();
        }
        catch
        {
            DiscardWriter();
            throw;
        }
        finally
        {
            writeTurn.Release();
        }
    }

    public void Dispose()
    {
        if (disposed)
        {
            return;
        }

        disposed = true;
        writeTurn.Wait();
        try
        {
            writer?.Dispose();
            writer = null;
        }
        finally
        {
            writeTurn.Release();
        }

        while (idleReaders.TryDequeue(out var session))
        {
            session.Dispose();
        }

        checkpointer?.Dispose();
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

    /// <summary>The writer connection, opened on first use; the caller holds the write turn.</summary>
    private StateWriteSession Writer() => writer ??= new StateWriteSession(connections.Open());

    /// <summary>Asks for a checkpoint every so many commits (a state commit adds two or three WAL pages); the caller holds the write turn.</summary>
    private void Committed()
    {
        if (++commitsSinceCheckpoint >= CommitsPerCheckpoint)
        {
            commitsSinceCheckpoint = 0;
            checkpointer?.Request();
        }
    }

    /// <summary>After an I/O or SQL failure the connection's state is unknown, so the next write starts on a fresh one.</summary>
    private void DiscardWriter()
    {
        writer?.Dispose();
        writer = null;
    }

    private void ReturnReader(StateReadSession session)
    {
        if (disposed || idleReaders.Count >= maxIdleReaders)
        {
            session.Dispose();
            return;
        }

        idleReaders.Enqueue(session);
        if (disposed && idleReaders.TryDequeue(out var late))
        {
            late.Dispose();
        }
    }
}
