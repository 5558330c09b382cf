using Microsoft.Data.Sqlite;
using NodaTime;
using NodaTime.Text;

namespace PlanningServicesBot.Data.Sqlite.Migrations;

/// <summary>Brings a database up to the newest schema; safe to run at every start and from several processes at once.</summary>
public sealed class SqliteMigrator
{
    private const string CreateVersionTable =
        """
        CREATE TABLE IF NOT EXISTS schema_version (
            version    INTEGER PRIMARY KEY,
            name       TEXT NOT NULL,
            applied_at TEXT NOT NULL
        );
        """;

    private readonly SqliteConnectionFactory connections;
    private readonly IClock clock;

    public SqliteMigrator(SqliteConnectionFactory connections, IClock clock, IReadOnlyList<SqlMigration>? migrations = null)
    {
        this.connections = connections;
        this.clock = clock;
        Migrations = migrations ?? SqlMigration.Embedded;
    }

    public IReadOnlyList<SqlMigration> Migrations { get; }

    public int LatestVersion => Migrations.Count == 0 ? 0 : Migrations.Max(m => m.Version);

    /// <summary>Applies every migration the database does not have yet and returns the versions it applied.</summary>
    public IReadOnlyList<int> Migrate()
    {
        using var connection = connections.Open();
        Execute(connection, null, CreateVersionTable);

        var current = CurrentVersion(connection);
        if (current > LatestVersion)
        {
            throw new InvalidOperationException(
                $"The database is at schema version {current}, newer than this build knows ({LatestVersion}).");
        }

        var applied = new List<int>();
        foreach (var migration in Migrations.OrderBy(m => m.Version))
        {
            using var transaction = connection.BeginTransaction(deferred: false);
            // Checked inside the write transaction: another process may have applied it since we looked.
            if (IsApplied(connection, transaction, migration.Version))
            {
                transaction.Rollback();
                continue;
            }

            Execute(connection, transaction, migration.Sql);
            using (var record = connection.CreateCommand())
            {
                record.Transaction = transaction;
                record.CommandText = "INSERT INTO schema_version (version, name, applied_at) VALUES ($version, $name, $at);";
                record.Parameters.AddWithValue("$version", migration.Version);
                record.Parameters.AddWithValue("$name", migration.Name);
                record.Parameters.AddWithValue("$at", InstantPattern.ExtendedIso.Format(clock.GetCurrentInstant()));
                record.ExecuteNonQuery();
            }

            transaction.Commit();
            applied.Add(migration.Version);
        }

        return applied;
    }

    /// <summary>The highest applied schema version, 0 for an empty database.</summary>
    public int CurrentVersion()
    {
        using var connection = connections.Open();
        Execute(connection, null, CreateVersionTable);
        return CurrentVersion(connection);
    }

    private static int CurrentVersion(SqliteConnection connection)
    {
        using var command = connection.CreateCommand();
        command.CommandText = "SELECT COALESCE(MAX(version), 0) FROM schema_version;";
        return Convert.ToInt32(command.ExecuteScalar(), System.Globalization.CultureInfo.InvariantCulture);
    }

    private static bool IsApplied(SqliteConnection connection, SqliteTransaction transaction, int version)
    {
        using var command = connection.CreateCommand();
        command.Transaction = transaction;
        command.CommandText = "SELECT EXISTS (SELECT 1 FROM schema_version WHERE version = $version);";
        command.Parameters.AddWithValue("$version", version);
        return Convert.ToInt64(command.ExecuteScalar(), System.Globalization.CultureInfo.InvariantCulture) == 1;
    }

    private static void Execute(SqliteConnection connection, SqliteTransaction? transaction, string sql)
    {
        using var command = connection.CreateCommand();
        command.Transaction = transaction;
        command.CommandText = sql;
        command.ExecuteNonQuery();
    }
}
