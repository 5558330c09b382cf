using Microsoft.Data.Sqlite;
using NodaTime;
using PlanningServicesBot.Data.Sqlite;
using PlanningServicesBot.Data.Sqlite.Migrations;

namespace PlanningServicesBot.Data.Tests;

/// <summary>A migrated SQLite file of its own in a fresh temp folder, deleted afterwards.</summary>
public sealed class TestDatabase : IDisposable
{
    public static readonly Instant Now = Instant.FromUtc(2021, 5, 3, 9, 0);

    private TestDatabase(string folder, bool migrate)
    {
        Folder = folder;
        Path = System.IO.Path.Combine(folder, "test.db");
        Connections = new SqliteConnectionFactory($"Data Source={Path}");
        Clock = new FixedClock(Now);
        if (migrate)
        {
            new SqliteMigrator(Connections, Clock).Migrate();
        }
    }

    public string Folder { get; }

    public string Path { get; }

    public SqliteConnectionFactory Connections { get; }

    public FixedClock Clock { get; }

    public static TestDatabase Create() => new(NewFolder(), migrate: true);

    public static TestDatabase CreateEmpty() => new(NewFolder(), migrate: false);

    public long Scalar(string sql)
    {
        using var connection = Connections.Open();
        using var command = connection.CreateCommand();
        command.CommandText = sql;
        return Convert.ToInt64(command.ExecuteScalar(), System.Globalization.CultureInfo.InvariantCulture);
    }

    public string? Text(string sql)
    {
        using var connection = Connections.Open();
        using var command = connection.CreateCommand();
        command.CommandText = sql;
        return command.ExecuteScalar() as string;
    }

    /// <summary>The "detail" lines of SQLite's query plan for <paramref name="sql"/>.</summary>
    public string QueryPlan(string sql)
    {
        using var connection = Connections.Open();
        using var command = connection.CreateCommand();
        command.CommandText = "EXPLAIN QUERY PLAN " + sql;
        using var reader = command.ExecuteReader();
        var details = new List<string>();
        while (reader.Read())
        {
            details.Add(reader.GetString(reader.GetOrdinal("detail")));
        }

        return string.Join(" | ", details);
    }

    public void Execute(string sql)
    {
        using var connection = Connections.Open();
        using var command = connection.CreateCommand();
        command.CommandText = sql;
        command.ExecuteNonQuery();
    }

    public void Dispose()
    {
        Connections.ReleasePooledConnections();
        try
        {
            Directory.Delete(Folder, recursive: true);
        }
        catch (IOException)
        {
            // A leftover temp folder is harmless; failing a passing test over it is not.
        }
    }

    private static string NewFolder()
    {
        var folder = System.IO.Path.Combine(System.IO.Path.GetTempPath(), "psb-data-tests", Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(folder);
        return folder;
    }
}
