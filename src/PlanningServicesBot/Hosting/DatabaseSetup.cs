using Microsoft.Extensions.Options;
using PlanningServicesBot.Data.Demo;
using PlanningServicesBot.Data.Sqlite;
using PlanningServicesBot.Data.Sqlite.Migrations;
using PlanningServicesBot.Domain.Calendar;
using PlanningServicesBot.Domain.Catalogue;

namespace PlanningServicesBot.Hosting;

/// <summary>Brings the database up to date before the bot serves anyone: migrations, then demo data in demo mode.</summary>
public sealed class DatabaseSetup(
    SqliteConnectionFactory connections,
    SqliteMigrator migrator,
    ProgramCalendar calendar,
    ProgramCatalogue catalogue,
    IOptions<DemoOptions> demo,
    ILogger<DatabaseSetup> logger)
{
    public async Task RunAsync(CancellationToken cancellationToken)
    {
        var applied = migrator.Migrate();
        if (applied.Count > 0)
        {
            logger.LogInformation("Applied database migrations {Versions}", string.Join(", ", applied));
        }

        if (demo.Value.Enabled)
        {
            var seeded = await new DemoData(connections, calendar, catalogue).SeedAsync(demo.Value.DemoDate, cancellationToken);
            if (seeded.Outcome == DemoSeedOutcome.SeededForAnotherDate)
            {
                // The stories were written for another demo day; mixing days would make the demo's deadlines wrong.
                logger.LogWarning(
                    "The database holds demo data for {SeededDate}, not {DemoDate}; it was left as it is. Delete it or set Demo:Date to {SeededDate}.",
                    seeded.DemoDate, demo.Value.DemoDate, seeded.DemoDate);
            }

            logger.LogInformation(
                "Demo data for {DemoDate}: {Outcome} ({Partners} partners, {Customers} customers, {Vouchers} vouchers)",
                seeded.DemoDate, seeded.Outcome, seeded.Partners, seeded.Customers, seeded.Vouchers);
        }
    }
}
