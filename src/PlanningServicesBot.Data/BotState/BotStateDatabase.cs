using Microsoft.Data.Sqlite;
using PlanningServicesBot.Data.Sqlite;

namespace PlanningServicesBot.Data.BotState;

/// <summary>
/// Bot state lives in a SQLite file of its own beside the program's database (<c>planning-services.db</c> →
/// <c>planning-services.state.db</c>). State is written on every turn; in one file with the program's tables, those
/// thousands of commits a second kept the write-ahead-log index changing under every voucher lookup, whose read
/// transactions then retried (each retry a sleep). Apart, the program's readers see a quiet log, and the state file is
/// read almost only at start.
/// </summary>
public static class BotStateDatabase
{
    private const string Schema = """
        CREATE TABLE IF NOT EXISTS bot_state (
            key        TEXT PRIMARY KEY,
            etag       TEXT NOT NULL,
            value      TEXT NOT NULL,
            updated_at TEXT NOT NULL
        );
        """;

    /// <summary>The connection string of the state file that goes with the program's database.</summary>
    public static string ConnectionStringBeside(SqliteConnectionFactory program)
    {
        ArgumentNullException.ThrowIfNull(program);
        var builder = new SqliteConnectionStringBuilder(program.ConnectionString);
        if (program.IsInMemory || builder.DataSource.StartsWith("file:", StringComparison.OrdinalIgnoreCase))
        {
            // An in-memory (or URI-named) database lives only as long as its connections: state stays in it.
            return program.ConnectionString;
        }

        var file = program.DataSource;
        var folder = Path.GetDirectoryName(file) ?? string.Empty;
        builder.DataSource = Path.Combine(folder, $"{Path.GetFileNameWithoutExtension(file)}.state{Path.GetExtension(file)}");
        return builder.ToString();
    }

    /// <summary>
    /// Creates the state table if the file has none; a new state file takes over the state rows an earlier version
    /// kept in the program's database (migration 0002), so that conversations in progress survive the upgrade.
    /// </summary>
    /// <returns>How many rows were taken over.</returns>
    public static int Ensure(SqliteConnectionFactory state, SqliteConnectionFactory? program = null)
    {
        ArgumentNullException.ThrowIfNull(state);
        using var connection = state.Open();
        using var transaction = connection.BeginTransaction(deferred: false);
        using var command = connection.CreateCommand();
        command.Transaction = transaction;
        command.CommandText = "SELECT COUNT(*) FROM sqlite_master WHERE type = 'table' AND name = 'bot_state'";
        var existed = Convert.ToInt64(command.ExecuteScalar(), System.Globalization.CultureInfo.InvariantCulture) > 0;
        command.CommandText = Schema;
        command.ExecuteNonQuery();
        transaction.Commit();

        return existed || program is null || program.IsInMemory || !File.Exists(program.DataSource)
            ? 0
            : TakeOver(connection, program);
    }

    private static int TakeOver(SqliteConnection state, SqliteConnectionFactory program)
    {
        using var command = state.CreateCommand();
        command.CommandText = "ATTACH DATABASE $program AS program";
        command.Parameters.AddWithValue("$program", program.DataSource);
        command.ExecuteNonQuery();
        try
        {
            command.Parameters.Clear();
            command.CommandText = "SELECT COUNT(*) FROM program.sqlite_master WHERE type = 'table' AND name = 'bot_state'";
            if (Convert.ToInt64(command.ExecuteScalar(), System.Globalization.CultureInfo.InvariantCulture) == 0)
            {
                return 0;
            }

            command.CommandText = "INSERT OR IGNORE INTO main.bot_state (key, etag, value, updated_at) SELECT key, etag, value, updated_at FROM program.bot_state";
            return command.ExecuteNonQuery();
        }
        finally
        {
            command.CommandText = "DETACH DATABASE program";
            command.ExecuteNonQuery();
        }
    }
}
