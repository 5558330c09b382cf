using System.CommandLine;
using PlanningServicesBot.Data.Sqlite.Migrations;
using Spectre.Console;

namespace PlanningServicesBot.CommandLine;

/// <summary><c>db migrate</c>.</summary>
internal static class DbCommand
{
    public static Command Create(CommandEnvironment environment)
    {
        var migrate = new Command("migrate", "Create the database if needed and apply every pending schema migration");
        migrate.SetAction((parseResult, _) => environment.RunAsync(parseResult, context => Task.FromResult(Migrate(context))));
        return new Command("db", "The database schema") { migrate };
    }

    private static int Migrate(CommandContext context)
    {
        var migrator = new SqliteMigrator(context.Connections, context.Clock);
        var applied = migrator.Migrate();
        context.Console.WriteLine(applied.Count == 0
            ? $"Database {context.Connections.DataSource} is up to date at schema version {migrator.CurrentVersion()}."
            : $"Database {context.Connections.DataSource}: applied migration(s) {string.Join(", ", applied)}; now at schema version {migrator.CurrentVersion()}.");
        return ExitCodes.Success;
    }
}
