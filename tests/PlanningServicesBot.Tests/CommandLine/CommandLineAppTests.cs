using NodaTime.Text;
using PlanningServicesBot.CommandLine;
using PlanningServicesBot.Data.Demo;
using PlanningServicesBot.Data.Sqlite;
using PlanningServicesBot.Domain.Calendar;
using PlanningServicesBot.Domain.Deadlines;
using PlanningServicesBot.Domain.Vouchers;

namespace PlanningServicesBot.Tests.CommandLine;

public sealed class CommandLineAppTests : IDisposable
{
    private const string Database = "cli.db";
    private readonly CommandLineFolder folder = new();

    [Theory]
    [InlineData(new[] { "db", "migrate" }, true)]
    [InlineData(new[] { "seed", "demo" }, true)]
    [InlineData(new[] { "vouchers", "export" }, true)]
    [InlineData(new[] { "voucher", "show", "7K2Q-XJ4M-0B9C" }, true)]
    [InlineData(new string[0], false)]
    [InlineData(new[] { "--urls", "http://localhost:3978" }, false)]
    [InlineData(new[] { "Voucher", "show" }, false)]
    public void OnlyTheCommandVerbsAreCommands(string[] args, bool isCommand)
    {
        Assert.Equal(isCommand, CommandLineApp.IsCommand(args));
    }

    [Fact]
    public async Task MigrateSeedDemoThenShowPrintsTheVouchersStepsAndDeadlines()
    {
        var migrate = await folder.RunAsync(Database, "db", "migrate");
        var seed = await folder.RunAsync(Database, "seed", "demo");
        var show = await folder.RunAsync(Database, "voucher", "show", "7k2q xj4m 0b9c");

        Assert.Equal((0, 0, 0), (migrate.ExitCode, seed.ExitCode, show.ExitCode));
        Assert.Contains("applied migration(s) 1", migrate.Output);
        Assert.Contains("Seeded the demo data for 2021-05-03", seed.Output);
        Assert.Contains(DemoIdentities.For(DemoIdentities.FabrikamMpnId, Domain.Partners.PartnerRole.GlobalAdmin).AadObjectId, seed.Output);

        var voucher = await new SqliteVoucherRepository(folder.Connections(Database)).FindAsync(new VoucherNumber(DemoVouchers.ReadyToRedeem.Number), default);
        var redeemBy = LocalDatePattern.Iso.Format(voucher!.LastDay(ProgramCalendar.Default).Date);
        Assert.Contains("Voucher 7K2Q-XJ4M-0B9C", show.Output);
        Assert.Contains("Completion report submitted", show.Output);
        Assert.Matches($@"Redeem\s+│\s+{redeemBy}\s+│", show.Output);
        Assert.Contains("program time zone Etc/UTC", show.Output);
        Assert.DoesNotContain("Request payment", show.Output);
    }

    [Fact]
    public async Task ShowNamesTheRetiredEngagementOfAnExpiredReservation()
    {
        await folder.RunAsync(Database, "seed", "demo");

        var show = await folder.RunAsync(Database, "voucher", "show", DemoVouchers.RetiredEngagement.Number);

        Assert.Equal(0, show.ExitCode);
        Assert.Contains("Office 365 Planning (retired on 2020-02-01)", show.Output);
        Assert.Contains("passed", show.Output);
    }

    [Fact]
    public async Task ShowingAVoucherThatIsNotThereFails()
    {
        await folder.RunAsync(Database, "db", "migrate");

        var show = await folder.RunAsync(Database, "voucher", "show", "ZZZZ-ZZZZ-ZZZZ");

        Assert.NotEqual(0, show.ExitCode);
        Assert.Contains("There is no voucher ZZZZ-ZZZZ-ZZZZ", show.Output);
    }

    [Fact]
    public async Task ShowingSomethingThatIsNotAVoucherNumberFails()
    {
        await folder.RunAsync(Database, "db", "migrate");

        var show = await folder.RunAsync(Database, "voucher", "show", "12-34");

        Assert.NotEqual(0, show.ExitCode);
        Assert.Contains("'12-34' is not a voucher number", show.Output);
    }

    [Fact]
    public async Task ShowingOnADatabaseThatDoesNotExistFailsWithoutCreatingIt()
    {
        var show = await folder.RunAsync("missing.db", "voucher", "show", "7K2Q-XJ4M-0B9C");

        Assert.NotEqual(0, show.ExitCode);
        Assert.Contains("There is no database at", show.Output);
        Assert.False(File.Exists(folder.File("missing.db")));
    }

    [Fact]
    public async Task SeedingTheDemoTwiceChangesNothingTheSecondTime()
    {
        await folder.RunAsync(Database, "seed", "demo");

        var again = await folder.RunAsync(Database, "seed", "demo", "--date", "2021-05-03");

        Assert.Equal(0, again.ExitCode);
        Assert.Contains("already in", again.Output);
    }

    [Fact]
    public async Task SeedingTheDemoForAnotherDateOfASeededDatabaseFails()
    {
        await folder.RunAsync(Database, "seed", "demo");

        var other = await folder.RunAsync(Database, "seed", "demo", "--date", "2021-06-01");

        Assert.NotEqual(0, other.ExitCode);
        Assert.Contains("holds the demo data for 2021-05-03", other.Output);
    }

    [Theory]
    [InlineData("2021-13-01", "is not a date like 2021-05-03")]
    [InlineData("2022-01-01", "The demo date must be between 2021-04-07 and 2021-06-30")]
    public async Task SeedingTheDemoForAnImpossibleDateFails(string date, string message)
    {
        var seed = await folder.RunAsync(Database, "seed", "demo", "--date", date);

        Assert.NotEqual(0, seed.ExitCode);
        Assert.Contains(message, seed.Output);
    }

    [Fact]
    public async Task SeedScaleWritesTheAskedNumberOfVouchers()
    {
        var seed = await folder.RunAsync(Database, "seed", "scale", "--vouchers", "2500");

        Assert.Equal(0, seed.ExitCode);
        Assert.Contains("Wrote 2,500 new vouchers", seed.Output);
    }

    [Fact]
    public async Task AnUnknownSubcommandFails()
    {
        var run = await folder.RunAsync(Database, "db", "drop");

        Assert.NotEqual(0, run.ExitCode);
    }

    public void Dispose() => folder.Dispose();
}
