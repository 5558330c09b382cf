using Microsoft.Data.Sqlite;
using PlanningServicesBot.Data.Sqlite.Migrations;

namespace PlanningServicesBot.Data.Tests;

public sealed class MigrationTests
{
    [Fact]
    public void AnEmptyDatabaseGetsEveryMigrationInOrder()
    {
        using var database = TestDatabase.CreateEmpty();
        var migrator = new SqliteMigrator(database.Connections, database.Clock);

        var applied = migrator.Migrate();

        Assert.Equal(migrator.Migrations.Select(m => m.Version), applied);
        Assert.Equal(migrator.LatestVersion, migrator.CurrentVersion());
        Assert.Equal(migrator.Migrations.Count, database.Scalar("SELECT COUNT(*) FROM schema_version;"));
    }

    [Fact]
    public void RunningTheMigrationsAgainChangesNothing()
    {
        using var database = TestDatabase.CreateEmpty();
        var migrator = new SqliteMigrator(database.Connections, database.Clock);
        migrator.Migrate();
        var schemaBefore = database.Text("SELECT group_concat(sql, ';') FROM (SELECT sql FROM sqlite_schema ORDER BY name);");

        var appliedAgain = new SqliteMigrator(database.Connections, database.Clock).Migrate();

        Assert.Empty(appliedAgain);
        Assert.Equal(migrator.Migrations.Count, database.Scalar("SELECT COUNT(*) FROM schema_version;"));
        Assert.Equal(schemaBefore, database.Text("SELECT group_concat(sql, ';') FROM (SELECT sql FROM sqlite_schema ORDER BY name);"));
    }

    [Fact]
    public async Task ProcessesStartingTogetherApplyEachMigrationOnce()
    {
        using var database = TestDatabase.CreateEmpty();

        var results = await Task.WhenAll(Enumerable.Range(0, 4)
            .Select(_ => Task.Run(() => new SqliteMigrator(database.Connections, database.Clock).Migrate())));

        var latest = new SqliteMigrator(database.Connections, database.Clock).LatestVersion;
        Assert.Equal(latest, results.Sum(r => r.Count));
        Assert.Equal(latest, database.Scalar("SELECT COUNT(*) FROM schema_version;"));
    }

    [Fact]
    public void ALaterMigrationIsAppliedOnTopOfAnExistingSchema()
    {
        using var database = TestDatabase.Create();
        var shipped = SqlMigration.Embedded;
        var next = new SqlMigration(shipped.Count + 1, "later_table", "CREATE TABLE later_table (id INTEGER PRIMARY KEY);");

        var applied = new SqliteMigrator(database.Connections, database.Clock, [.. shipped, next]).Migrate();

        Assert.Equal([next.Version], applied);
        Assert.Equal(1, database.Scalar("SELECT COUNT(*) FROM sqlite_schema WHERE name = 'later_table';"));
    }

    [Fact]
    public void AFailingMigrationLeavesNoTrace()
    {
        using var database = TestDatabase.Create();
        var shipped = SqlMigration.Embedded;
        var broken = new SqlMigration(
            shipped.Count + 1,
            "broken",
            "CREATE TABLE half_done (id INTEGER PRIMARY KEY); INSERT INTO no_such_table VALUES (1);");

        Assert.Throws<SqliteException>(() => new SqliteMigrator(database.Connections, database.Clock, [.. shipped, broken]).Migrate());

        Assert.Equal(shipped.Count, database.Scalar("SELECT MAX(version) FROM schema_version;"));
        Assert.Equal(0, database.Scalar("SELECT COUNT(*) FROM sqlite_schema WHERE name = 'half_done';"));
    }

    [Fact]
    public void ADatabaseNewerThanTheBuildIsRefused()
    {
        using var database = TestDatabase.Create();
        database.Execute("INSERT INTO schema_version (version, name, applied_at) VALUES (999, 'from_the_future', '2030-01-01T00:00:00Z');");

        Assert.Throws<InvalidOperationException>(() => new SqliteMigrator(database.Connections, database.Clock).Migrate());
    }
}
