using PlanningServicesBot.Data.Demo;
using PlanningServicesBot.Data.Sqlite;
using PlanningServicesBot.Domain.Vouchers;

namespace PlanningServicesBot.Tests.CommandLine;

public sealed class VoucherFileCommandTests : IDisposable
{
    private const string Database = "files.db";
    private const string Header = "number,agreement,offering,days,created,assigned,admin_email,project_manager";
    private readonly CommandLineFolder folder = new();

    [Fact]
    public async Task AFileWithBadLinesReportsEachByLineNumberAndImportsNothing()
    {
        await folder.RunAsync(Database, "seed", "demo");
        var before = await CountAsync();
        var file = Write("bad.csv",
            Header,
            "NEWA-0001-AAAA,8100025,SDPS,5,2021-04-01,2021-04-02,pm@contoso-25.example,Kim Lee",
            "NOT-A-NUMBER,8100025,SDPS,5,2021-04-01,2021-04-02,pm@contoso-25.example,Kim Lee",
            "NEWA-0003-AAAA,8100025,SDPS,5,2021-04-01,2021-04-02,pm@contoso-25.example,Kim Lee",
            "NEWA-0004-AAAA,9999999,SDPS,5,2021-04-01,2021-04-02,pm@nowhere.example,Kim Lee",
            "NEWA-0005-AAAA,8100025,SDPS,5,2021-04-31,2021-05-01,pm@contoso-25.example,Kim Lee",
            "NEWA-0006-AAAA,8100025,SDPS,4,2021-04-01,2021-04-02,pm@contoso-25.example,Kim Lee");

        var run = await folder.RunAsync(Database, "vouchers", "import", file);

        Assert.NotEqual(0, run.ExitCode);
        Assert.Matches(@"│ 3\s+│ Invalid voucher number\s+│ 'NOT-A-NUMBER'", run.Output);
        Assert.Matches(@"│ 5\s+│ Refused by the program's rules\s+│ unknown agreement '9999999'", run.Output);
        Assert.Matches(@"│ 6\s+│ Invalid date\s+│ created '2021-04-31'", run.Output);
        Assert.Matches(@"│ 7\s+│ Refused by the program's rules\s+│ 4 days is not an allowed length", run.Output);
        Assert.DoesNotMatch(@"│ [24]\s+│", run.Output);
        Assert.Contains("Nothing was imported", run.Output);
        Assert.Equal(before, await CountAsync());
        Assert.Null(await Vouchers().FindAsync(new VoucherNumber("NEWA-0001-AAAA"), default));
    }

    [Fact]
    public async Task AGoodFileImportsEveryVoucherAndTakesTheDays()
    {
        await folder.RunAsync(Database, "seed", "demo");
        var file = Write("good.csv",
            Header,
            "NEWB-0001-AAAA,8100025,SDPS,5,2021-04-01,2021-04-02,pm@contoso-25.example,Kim Lee",
            "newb 0002 aaaa,8100025,DDPS,10,2021-04-01,2021-04-03,PM@Contoso-25.example,",
            "NEWB-0003-AAAA,8100002,SSDPS,3,2021-03-15,2021-03-15,pm@contoso-2.example,\"Lee, Kim\"");

        var run = await folder.RunAsync(Database, "vouchers", "import", file);

        Assert.Equal(0, run.ExitCode);
        Assert.Contains("Imported 3 vouchers from good.csv", run.Output);
        var second = await Vouchers().FindAsync(new VoucherNumber("NEWB-0002-AAAA"), default);
        Assert.Equal((VoucherState.Assigned, 10), (second!.State, second.Days));
        Assert.Equal("Lee, Kim", (await Vouchers().FindAsync(new VoucherNumber("NEWB-0003-AAAA"), default))!.ProjectManager);
        Assert.Equal(45 - 15, (await new SqliteCustomerRepository(folder.Connections(Database)).FindAsync("8100025", default))!.DaysBalance);
    }

    [Fact]
    public async Task ImportingAFileThatIsNotThereFails()
    {
        var run = await folder.RunAsync(Database, "vouchers", "import", folder.File("nowhere.csv"));

        Assert.NotEqual(0, run.ExitCode);
        Assert.Contains("File not found", run.Output);
    }

    [Fact]
    public async Task AnExportImportedIntoAFreshDatabaseExportsTheSame()
    {
        await folder.RunAsync(Database, "seed", "demo");
        var exported = await folder.RunAsync(Database, "vouchers", "export", "--output", folder.File("export.csv"));
        await ProvisionCustomersBeforeTheirVouchersAsync(from: Database, into: "fresh.db");

        var imported = await folder.RunAsync("fresh.db", "vouchers", "import", folder.File("export.csv"));
        var reexported = await folder.RunAsync("fresh.db", "vouchers", "export", "--output", folder.File("reexport.csv"));

        Assert.Equal((0, 0, 0), (exported.ExitCode, imported.ExitCode, reexported.ExitCode));
        Assert.Contains($"Exported {DemoDataVoucherCount} vouchers", exported.Output);
        Assert.Contains($"Imported {DemoDataVoucherCount} vouchers", imported.Output);
        Assert.Equal(await File.ReadAllTextAsync(folder.File("export.csv")), await File.ReadAllTextAsync(folder.File("reexport.csv")));
    }

    [Fact]
    public async Task ExportWithoutAnOutputFileWritesTheCsvToStandardOutput()
    {
        await folder.RunAsync(Database, "seed", "demo");

        var run = await folder.RunAsync(Database, "vouchers", "export");

        var lines = run.Output.Split('\n', StringSplitOptions.RemoveEmptyEntries);
        Assert.Equal(0, run.ExitCode);
        Assert.Equal(Header, lines[0]);
        Assert.Equal(DemoDataVoucherCount + 1, lines.Length);
        Assert.Contains(lines, l => l.StartsWith(DemoVouchers.StatusCheck.Number + "," + DemoVouchers.StatusCheck.AgreementNumber, StringComparison.Ordinal));
    }

    public void Dispose() => folder.Dispose();

    private static int DemoDataVoucherCount => 230;

    /// <summary>A VLSC export holds vouchers, not customers: the fresh database gets the customers with the days they had before their vouchers.</summary>
    private async Task ProvisionCustomersBeforeTheirVouchersAsync(string from, string into)
    {
        await folder.RunAsync(into, "db", "migrate");
        var source = new SqliteCustomerRepository(folder.Connections(from));
        var target = new SqliteCustomerRepository(folder.Connections(into));
        var lines = (await File.ReadAllLinesAsync(folder.File("export.csv"))).Skip(1).Select(l => l.Split(',')).ToList();
        foreach (var customer in await source.ListAsync(default))
        {
            var days = lines.Where(f => f[1] == customer.AgreementNumber).Sum(f => int.Parse(f[3], System.Globalization.CultureInfo.InvariantCulture));
            await target.AddAsync(customer with { DaysBalance = customer.DaysBalance + days }, default);
        }
    }

    private SqliteVoucherRepository Vouchers() => new(folder.Connections(Database));

    private async Task<long> CountAsync()
    {
        await using var connection = await folder.Connections(Database).OpenAsync();
        await using var command = connection.CreateCommand();
        command.CommandText = "SELECT COUNT(*) FROM vouchers";
        return (long)(await command.ExecuteScalarAsync())!;
    }

    private string Write(string name, params string[] lines)
    {
        var path = folder.File(name);
        File.WriteAllText(path, string.Join("\n", lines) + "\n");
        return path;
    }
}
