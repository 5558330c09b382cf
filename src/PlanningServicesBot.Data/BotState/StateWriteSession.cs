using System.Text;
using BotRuntime.State;
using Microsoft.Data.Sqlite;
using SQLitePCL;

namespace PlanningServicesBot.Data.BotState;

/// <summary>
/// The state file's one connection, used by the storage's writer thread (see <see cref="SqliteStorage"/>), with its
/// statements prepared once on SQLite's own API: a document is bound as the UTF-8 it already is, and read back as
/// bytes, never as a .NET string on the way.
/// </summary>
internal sealed class StateWriteSession : IDisposable
{
    private const int Row = raw.SQLITE_ROW;
    private const int Done = raw.SQLITE_DONE;

    private readonly SqliteConnection connection;
    private readonly sqlite3 database;
    private readonly List<sqlite3_stmt> statements = [];
    private readonly sqlite3_stmt upsert;
    private readonly sqlite3_stmt update;
    private readonly sqlite3_stmt insertAbsent;
    private readonly sqlite3_stmt delete;
    private readonly sqlite3_stmt select;
    private readonly sqlite3_stmt beginImmediate;
    private readonly sqlite3_stmt beginDeferred;
    private readonly sqlite3_stmt commit;
    private readonly sqlite3_stmt rollback;
    private readonly sqlite3_stmt savepoint;
    private readonly sqlite3_stmt rollbackToSavepoint;
    private readonly sqlite3_stmt releaseSavepoint;

    public StateWriteSession(SqliteConnection connection)
    {
        this.connection = connection;
        database = connection.Handle ?? throw new InvalidOperationException("The bot state connection is not open.");
        try
        {
            upsert = Prepare(
                "INSERT INTO bot_state (key, etag, value, updated_at) VALUES (?1, ?2, ?3, ?4) " +
                "ON CONFLICT (key) DO UPDATE SET etag = excluded.etag, value = excluded.value, updated_at = excluded.updated_at");
            update = Prepare("UPDATE bot_state SET etag = ?2, value = ?3, updated_at = ?4 WHERE key = ?1 AND etag = ?5");
            insertAbsent = Prepare("INSERT INTO bot_state (key, etag, value, updated_at) VALUES (?1, ?2, ?3, ?4) ON CONFLICT (key) DO NOTHING");
            delete = Prepare("DELETE FROM bot_state WHERE key = ?1 AND (?2 IS NULL OR etag = ?2)");
            select = Prepare("SELECT etag, value FROM bot_state WHERE key = ?1");
            beginImmediate = Prepare("BEGIN IMMEDIATE");
            beginDeferred = Prepare("BEGIN");
            commit = Prepare("COMMIT");
            rollback = Prepare("ROLLBACK");
            savepoint = Prepare("SAVEPOINT state_request");
            rollbackToSavepoint = Prepare("ROLLBACK TO state_request");
            releaseSavepoint = Prepare("RELEASE state_request");

            // Commits of bot state never checkpoint inline; SqliteStorage hands that to its WalCheckpointer.
            Check(raw.sqlite3_exec(database, "PRAGMA wal_autocheckpoint = 0"));
        }
        catch
        {
            FinalizeStatements();
            connection.Dispose();
            throw;
        }
    }

    /// <summary>Reads the keys (outside any transaction of this session); missing keys are absent. Several keys come from one snapshot.</summary>
    public IDictionary<string, StoreItem> Read(IReadOnlyCollection<string> keys)
    {
        var items = new Dictionary<string, StoreItem>(keys.Count, StringComparer.Ordinal);
        var snapshot = keys.Count > 1;
        if (snapshot)
        {
            Run(beginDeferred);
        }

        try
        {
            foreach (var key in keys)
            {
                Check(raw.sqlite3_bind_text(select, 1, key));
                try
                {
                    var step = raw.sqlite3_step(select);
                    if (step == Row)
                    {
                        var eTag = raw.sqlite3_column_text(select, 0).utf8_to_string();
                        items[key] = StoreItem.FromUtf8(raw.sqlite3_column_blob(select, 1).ToArray(), eTag);
                    }
                    else if (step != Done)
                    {
                        Check(step);
                    }
                }
                finally
                {
                    raw.sqlite3_reset(select);
                }
            }
        }
        finally
        {
            if (snapshot)
            {
                Run(commit);
            }
        }

        return items;
    }

    /// <summary>Starts the immediate transaction that a batch of writes and deletes shares; disposing it uncommitted rolls it back.</summary>
    public Transaction Begin()
    {
        Run(beginImmediate);
        return new Transaction(this);
    }

    /// <summary>
    /// Applies every change of one request or none (inside the batch's transaction, from <see cref="Begin"/>);
    /// returns the key whose stored ETag differs from the change's expected one (or whose row is gone), else null.
    /// </summary>
    /// <param name="alone">The request is the only one in its transaction, so rolling that back undoes it; no savepoint needed.</param>
    public string? TryWrite(ReadOnlySpan<StateChange> changes, string updatedAt, bool alone)
    {
        // A single change that conflicts has changed nothing (its conditional update matched no row), so only a request
        // of several changes sharing the transaction with others needs a savepoint to undo its earlier ones.
        var undoable = !alone && changes.Length > 1;
        if (undoable)
        {
            Run(savepoint);
        }

        string? conflict = null;
        foreach (var change in changes)
        {
            var statement = change.ExpectedETag switch
            {
                null => upsert,
                StoreItem.AbsentETag => insertAbsent,
                _ => update,
            };
            Check(raw.sqlite3_bind_text(statement, 1, change.Key));
            Check(raw.sqlite3_bind_text(statement, 2, change.NewETag));
            Check(raw.sqlite3_bind_text(statement, 3, change.Value.Span));
            Check(raw.sqlite3_bind_text(statement, 4, updatedAt));
            if (change.ExpectedETag is { } expected && statement == update)
            {
                Check(raw.sqlite3_bind_text(statement, 5, expected));
            }

            Run(statement);
            if (change.ExpectedETag is not null && raw.sqlite3_changes(database) == 0)
            {
                conflict = change.Key;
                break;
            }
        }

        if (undoable)
        {
            if (conflict is not null)
            {
                Run(rollbackToSavepoint);
            }

            Run(releaseSavepoint);
        }

        return conflict;
    }

    /// <summary>
    /// Deletes the documents inside the batch's transaction, each whatever its version or only if it still has the
    /// ETag given; missing ones are ignored. Returns the keys deleted.
    /// </summary>
    public List<string> Delete(IReadOnlyCollection<StateDeletion> deletions)
    {
        var deleted = new List<string>(deletions.Count);
        foreach (var (key, eTag) in deletions)
        {
            Check(raw.sqlite3_bind_text(delete, 1, key));
            Check(eTag is null ? raw.sqlite3_bind_null(delete, 2) : raw.sqlite3_bind_text(delete, 2, eTag));
            Run(delete);
            if (raw.sqlite3_changes(database) == 1)
            {
                deleted.Add(key);
            }
        }

        return deleted;
    }

    public void Dispose()
    {
        try
        {
            // The connection goes back to the pool; whoever gets it next expects no open transaction and SQLite's default.
            if (raw.sqlite3_get_autocommit(database) == 0)
            {
                raw.sqlite3_exec(database, "ROLLBACK");
            }

            FinalizeStatements();
            Check(raw.sqlite3_exec(database, "PRAGMA wal_autocheckpoint = 1000"));
        }
        catch (SqliteException)
        {
            SqliteConnection.ClearPool(connection);
        }

        connection.Dispose();
    }

    private sqlite3_stmt Prepare(string sql)
    {
        Check(raw.sqlite3_prepare_v2(database, sql, out var statement));
        statements.Add(statement);
        return statement;
    }

    private void FinalizeStatements()
    {
        foreach (var statement in statements)
        {
            statement.Dispose();
        }

        statements.Clear();
    }

    /// <summary>Steps a statement that returns no rows, and resets it for its next use whatever happened.</summary>
    private void Run(sqlite3_stmt statement)
    {
        var step = raw.sqlite3_step(statement);
        raw.sqlite3_reset(statement);
        if (step != Done && step != Row)
        {
            Check(step);
        }
    }

    private void Check(int resultCode) => SqliteException.ThrowExceptionForRC(resultCode, database);

    /// <summary>The batch's transaction: committed or rolled back once; disposed without either, rolled back.</summary>
    public sealed class Transaction(StateWriteSession session) : IDisposable
    {
        private bool open = true;

        public void Commit() => End(session.commit);

        public void Rollback() => End(session.rollback);

        public void Dispose()
        {
            if (open && raw.sqlite3_get_autocommit(session.database) == 0)
            {
                End(session.rollback);
            }
        }

        private void End(sqlite3_stmt statement)
        {
            open = false;
            session.Run(statement);
        }
    }
}
