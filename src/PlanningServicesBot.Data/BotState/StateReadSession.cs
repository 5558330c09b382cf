using System.Text.Json;
using BotRuntime.State;
using Microsoft.Data.Sqlite;

namespace PlanningServicesBot.Data.BotState;

/// <summary>A connection with the read statement prepared once; used by one caller at a time.</summary>
internal sealed class StateReadSession : IDisposable
{
    private readonly SqliteConnection connection;
    private readonly SqliteCommand select;
    private readonly SqliteParameter key;

    public StateReadSession(SqliteConnection connection)
    {
        this.connection = connection;
        try
        {
            select = connection.CreateCommand();
            select.CommandText = "SELECT etag, value FROM bot_state WHERE key = $key";
            key = select.Parameters.Add("$key", SqliteType.Text);
            select.Prepare();
        }
        catch
        {
            connection.Dispose();
            throw;
        }
    }

    public IDictionary<string, StoreItem> Read(IReadOnlyCollection<string> keys)
    {
        var items = new Dictionary<string, StoreItem>(keys.Count, StringComparer.Ordinal);
        // Several keys are read in one transaction so that they all come from the same snapshot.
        using var transaction = keys.Count > 1 ? connection.BeginTransaction(deferred: true) : null;
        select.Transaction = transaction;
        foreach (var storageKey in keys)
        {
            key.Value = storageKey ?? throw new ArgumentException("A storage key is null.", nameof(keys));
            using var row = select.ExecuteReader();
            if (row.Read())
            {
                items[storageKey] = new StoreItem(Parse(row.GetString(1)), row.GetString(0));
            }
        }

        return items;
    }

    public void Dispose()
    {
        select.Dispose();
        connection.Dispose();
    }

    private static JsonElement Parse(string json)
    {
        using var document = JsonDocument.Parse(json);
        return document.RootElement.Clone();
    }
}
