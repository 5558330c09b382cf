using System.Text;
using BotRuntime.State;
using Microsoft.Data.Sqlite;

namespace PlanningServicesBot.Data.BotState;

/// <summary>The state file's one connection, with its statements prepared once, used by the storage's writer thread (see <see cref="SqliteStorage"/>).</summary>
internal sealed class StateWriteSession : IDisposable
{
    private readonly SqliteConnection connection;
    private readonly SqliteCommand upsert;
    private readonly SqliteCommand update;
    private readonly SqliteCommand delete;
    private readonly SqliteCommand select;
    private readonly SqliteParameter selectKey;
    private readonly SqliteCommand savepoint;
    private readonly SqliteCommand rollbackToSavepoint;
    private readonly SqliteCommand releaseSavepoint;
    private readonly SqliteParameter upsertKey;
    private readonly SqliteParameter upsertETag;
    private readonly SqliteParameter upsertValue;
    private readonly SqliteParameter upsertUpdatedAt;
    private readonly SqliteParameter updateKey;
    private readonly SqliteParameter updateExpectedETag;
    private readonly SqliteParameter updateETag;
    private readonly SqliteParameter updateValue;
    private readonly SqliteParameter updateUpdatedAt;
    private readonly SqliteParameter deleteKey;

    public StateWriteSession(SqliteConnection connection)
    {
        this.connection = connection;
        try
        {
            upsert = connection.CreateCommand();
            upsert.CommandText =
                "INSERT INTO bot_state (key, etag, value, updated_at) VALUES ($key, $etag, $value, $updated_at) " +
                "ON CONFLICT (key) DO UPDATE SET etag = excluded.etag, value = excluded.value, updated_at = excluded.updated_at";
            upsertKey = upsert.Parameters.Add("$key", SqliteType.Text);
            upsertETag = upsert.Parameters.Add("$etag", SqliteType.Text);
            upsertValue = upsert.Parameters.Add("$value", SqliteType.Text);
            upsertUpdatedAt = upsert.Parameters.Add("$updated_at", SqliteType.Text);
            upsert.Prepare();

            update = connection.CreateCommand();
            update.CommandText =
                "UPDATE bot_state SET etag = $etag, value = $value, updated_at = $updated_at WHERE key = $key AND etag = $expected_etag";
            updateKey = update.Parameters.Add("$key", SqliteType.Text);
            updateExpectedETag = update.Parameters.Add("$expected_etag", SqliteType.Text);
            updateETag = update.Parameters.Add("$etag", SqliteType.Text);
            updateValue = update.Parameters.Add("$value", SqliteType.Text);
            updateUpdatedAt = update.Parameters.Add("$updated_at", SqliteType.Text);
            update.Prepare();

            delete = connection.CreateCommand();
            delete.CommandText = "DELETE FROM bot_state WHERE key = $key";
            deleteKey = delete.Parameters.Add("$key", SqliteType.Text);
            delete.Prepare();

            select = connection.CreateCommand();
            select.CommandText = "SELECT etag, value FROM bot_state WHERE key = $key";
            selectKey = select.Parameters.Add("$key", SqliteType.Text);
            select.Prepare();

            savepoint = Statement("SAVEPOINT state_request");
            rollbackToSavepoint = Statement("ROLLBACK TO state_request");
            releaseSavepoint = Statement("RELEASE state_request");

            using var pragma = connection.CreateCommand();
            // Commits of bot state never checkpoint inline; SqliteStorage hands that to its WalCheckpointer.
            pragma.CommandText = "PRAGMA wal_autocheckpoint = 0";
            pragma.ExecuteNonQuery();
        }
        catch
        {
            connection.Dispose();
            throw;
        }
    }

    /// <summary>Reads the keys (outside any transaction of this session); missing keys are absent. Several keys come from one snapshot.</summary>
    public IDictionary<string, StoreItem> Read(IReadOnlyCollection<string> keys)
    {
        var items = new Dictionary<string, StoreItem>(keys.Count, StringComparer.Ordinal);
        using var transaction = keys.Count > 1 ? connection.BeginTransaction(deferred: true) : null;
        select.Transaction = transaction;
        foreach (var key in keys)
        {
            selectKey.Value = key;
            using var row = select.ExecuteReader();
            if (row.Read())
            {
                items[key] = StoreItem.FromUtf8(Encoding.UTF8.GetBytes(row.GetString(1)), row.GetString(0));
            }
        }

        return items;
    }

    /// <summary>Starts the immediate transaction that a batch of writes and deletes shares.</summary>
    public SqliteTransaction Begin()
    {
        var transaction = connection.BeginTransaction(deferred: false);
        upsert.Transaction = transaction;
        update.Transaction = transaction;
        delete.Transaction = transaction;
        select.Transaction = transaction;
        savepoint.Transaction = transaction;
        rollbackToSavepoint.Transaction = transaction;
        releaseSavepoint.Transaction = transaction;
        return transaction;
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
            savepoint.ExecuteNonQuery();
        }

        string? conflict = null;
        foreach (var change in changes)
        {
            if (change.ExpectedETag is null)
            {
                upsertKey.Value = change.Key;
                upsertETag.Value = change.NewETag;
                upsertValue.Value = Encoding.UTF8.GetString(change.Value.Span);
                upsertUpdatedAt.Value = updatedAt;
                upsert.ExecuteNonQuery();
                continue;
            }

            updateKey.Value = change.Key;
            updateExpectedETag.Value = change.ExpectedETag;
            updateETag.Value = change.NewETag;
            updateValue.Value = Encoding.UTF8.GetString(change.Value.Span);
            updateUpdatedAt.Value = updatedAt;
            if (update.ExecuteNonQuery() == 0)
            {
                conflict = change.Key;
                break;
            }
        }

        if (undoable)
        {
            if (conflict is not null)
            {
                rollbackToSavepoint.ExecuteNonQuery();
            }

            releaseSavepoint.ExecuteNonQuery();
        }

        return conflict;
    }

    /// <summary>Deletes the keys (missing ones are ignored) inside the batch's transaction.</summary>
    public void Delete(IReadOnlyCollection<string> keys)
    {
        foreach (var key in keys)
        {
            deleteKey.Value = key;
            delete.ExecuteNonQuery();
        }
    }

    public void Dispose()
    {
        upsert.Dispose();
        update.Dispose();
        delete.Dispose();
        select.Dispose();
        savepoint.Dispose();
        rollbackToSavepoint.Dispose();
        releaseSavepoint.Dispose();
        try
        {
            // The connection goes back to the pool; whoever gets it next expects SQLite's default.
            using var pragma = connection.CreateCommand();
            pragma.CommandText = "PRAGMA wal_autocheckpoint = 1000";
            pragma.ExecuteNonQuery();
        }
        catch (SqliteException)
        {
            SqliteConnection.ClearPool(connection);
        }

        connection.Dispose();
    }

    private SqliteCommand Statement(string sql)
    {
        var command = connection.CreateCommand();
        command.CommandText = sql;
        command.Prepare();
        return command;
    }
}
