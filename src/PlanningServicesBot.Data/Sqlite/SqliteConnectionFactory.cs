using System.Collections.Concurrent;
using Microsoft.Data.Sqlite;

namespace PlanningServicesBot.Data.Sqlite;

public sealed class SqliteConnectionFactory
{
    public const string DefaultConnectionString = "Data Source=data/planning-services.db";
    // A connection waiting for another's lock does so through SqliteBusyWait (about 5 s at most), not busy_timeout.
    private const string ConnectionPragmas =
        "PRAGMA foreign_keys = ON; PRAGMA synchronous = NORMAL;";

    private static readonly Lazy<bool> NativeLibraryLoaded = new(() =>
    {
        SQLitePCL.Batteries_V2.Init();
        return true;
    });

    // Pooled connections keep their native handle, and with it the pragmas set on it; each handle is set up once.
    private readonly System.Runtime.CompilerServices.ConditionalWeakTable<SQLitePCL.sqlite3, object> preparedHandles = new();
    private readonly object walLock = new();
    private readonly ConcurrentQueue<PreparedReadSession> idleReadSessions = new();
    private readonly int maxIdleReadSessions = Math.Max(4, 2 * Environment.ProcessorCount);
    private bool walEnsured;

    public SqliteConnectionFactory(string? connectionString = null)
    {
        _ = NativeLibraryLoaded.Value;
        var builder = new SqliteConnectionStringBuilder(
            string.IsNullOrWhiteSpace(connectionString) ? DefaultConnectionString : connectionString);
        ConnectionString = builder.ToString();
        DataSource = builder.DataSource;
        IsInMemory = builder.Mode == SqliteOpenMode.Memory
            || builder.DataSource.Length == 0
            || string.Equals(builder.DataSource, ":memory:", StringComparison.Ordinal);
        if (!IsInMemory && !builder.DataSource.StartsWith("file:", StringComparison.OrdinalIgnoreCase))
        {
            DataSource = Path.GetFullPath(builder.DataSource);
            var folder = Path.GetDirectoryName(DataSource);
            if (!string.IsNullOrEmpty(folder))
            {
                Directory.CreateDirectory(folder);
            }
        }
    }

    public string ConnectionString { get; }

    /// <summary>The database file (full path), or the raw data source for in-memory and URI databases.</summary>
    public string DataSource { get; }

    public bool IsInMemory { get; }

    public SqliteConnection Open()
    {
        var connection = new SqliteConnection(ConnectionString);
        try
        {
            connection.Open();
            Prepare(connection);
            return connection;
        }
        catch
        {
            connection.Dispose();
            throw;
        }
    }

    public Task<SqliteConnection> OpenAsync(CancellationToken cancellationToken = default)
    {
        // Microsoft.Data.Sqlite does all I/O synchronously; the async shape is for callers' convenience.
        cancellationToken.ThrowIfCancellationRequested();
        return Task.FromResult(Open());
    }

    /// <summary>
    /// Runs a read query on a kept connection with the statement prepared once per connection and reused (hot lookups
    /// run on every turn). <paramref name="read"/> gets the open reader; it must not keep it.
    /// </summary>
    public T Query<T>(string sql, ReadOnlySpan<(string Name, object Value)> parameters, Func<SqliteDataReader, T> read)
    {
        ArgumentException.ThrowIfNullOrEmpty(sql);
        ArgumentNullException.ThrowIfNull(read);
        var session = idleReadSessions.TryDequeue(out var idle) ? idle : new PreparedReadSession(Open());
        T result;
        try
        {
            result = session.Query(sql, parameters, read);
        }
        catch
        {
            // The connection's state is unknown after a failure; the next query starts on a fresh one.
            session.Dispose();
            throw;
        }

        if (idleReadSessions.Count < maxIdleReadSessions)
        {
            idleReadSessions.Enqueue(session);
        }
        else
        {
            session.Dispose();
        }

        return result;
    }

    /// <summary>Closes idle pooled connections to this database so that its file can be moved or deleted.</summary>
    public void ReleasePooledConnections()
    {
        while (idleReadSessions.TryDequeue(out var session))
        {
            session.Dispose();
        }

        using var connection = new SqliteConnection(ConnectionString);
        SqliteConnection.ClearPool(connection);
    }

    private void Prepare(SqliteConnection connection)
    {
        var handle = connection.Handle;
        if (handle is not null && preparedHandles.TryGetValue(handle, out _))
        {
            return;
        }

        using (var command = connection.CreateCommand())
        {
            command.CommandText = ConnectionPragmas;
            command.ExecuteNonQuery();
        }

        SqliteBusyWait.Install(connection);

        if (IsInMemory)
        {
            Prepared(handle);
            return;
        }

        lock (walLock)
        {
            if (walEnsured)
            {
                Prepared(handle);
                return;
            }

            // WAL is a property of the database file: set once, it persists for every later connection.
            using var command = connection.CreateCommand();
            command.CommandText = "PRAGMA journal_mode = WAL;";
            var mode = command.ExecuteScalar() as string;
            if (!string.Equals(mode, "wal", StringComparison.OrdinalIgnoreCase))
            {
                throw new InvalidOperationException($"Could not switch '{DataSource}' to WAL journal mode (got '{mode}').");
            }

            walEnsured = true;
        }

        Prepared(handle);
    }

    private void Prepared(SQLitePCL.sqlite3? handle)
    {
        if (handle is not null)
        {
            preparedHandles.AddOrUpdate(handle, preparedHandles);
        }
    }
}
