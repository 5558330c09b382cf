using NodaTime;
using PlanningServicesBot.Data.Sqlite;
using PlanningServicesBot.Data.VoucherFiles;
using PlanningServicesBot.Domain.Calendar;
using PlanningServicesBot.Domain.Catalogue;
using PlanningServicesBot.Domain.Refusals;
using PlanningServicesBot.Domain.Vouchers;

namespace PlanningServicesBot.Data.Tests;

public sealed class VoucherImportTests : IAsyncLifetime, IDisposable
{
    private const string Header = "number,agreement,offering,days,created,assigned,admin_email";
    private const string Admin = "sa-admin@contoso.example";

    private readonly TestDatabase database = TestDatabase.Create();
    private readonly SqliteCustomerRepository customers;
    private readonly SqliteVoucherRepository vouchers;
    private readonly VoucherImport import;

    public VoucherImportTests()
    {
        database.Clock.Now = Instant.FromUtc(2021, 7, 15, 12, 0);
        customers = new SqliteCustomerRepository(database.Connections);
        vouchers = new SqliteVoucherRepository(database.Connections);
        import = new VoucherImport(database.Connections, ProgramCalendar.Default, ProgramCatalogue.Default, database.Clock);
    }

    public async Task InitializeAsync()
    {
        await customers.AddAsync(Fixtures.Customer("E-1001", daysBalance: 100, Admin), CancellationToken.None);
        await customers.AddAsync(Fixtures.Customer("E-2002", daysBalance: 100, "admin@dormant.example") with { BenefitActivated = false }, CancellationToken.None);
        await customers.AddAsync(Fixtures.Customer("E-3003", daysBalance: 5, "admin@small.example"), CancellationToken.None);
        await vouchers.CommitAsync(Fixtures.Issue(Fixtures.AssignedVoucher("OLD0-0000-0001", "E-1001"), "issue-old"), CancellationToken.None);
    }

    public Task DisposeAsync() => Task.CompletedTask;

    public void Dispose() => database.Dispose();

    [Fact]
    public async Task AGoodFileImportsEveryRowWithAnAuditEntryAndTakesTheDays()
    {
        var csv = Csv(
            $"7K2Q-XJ4M-0B9C,E-1001,SSDPS,5,2021-04-01,2021-04-02,{Admin}",
            $"7k2q xj4m 0b9d,E-1001,DDPS,10,2021-06-30,2021-06-30,SA-Admin@Contoso.example",
            "\"AAAA-BBBB-CCCC\",E-3003,SDPS,3,2020-03-31,2020-04-15,admin@small.example");

        var result = import.Import(new StringReader(csv));

        Assert.True(result.Succeeded, string.Join("\n", result.Problems));
        Assert.Equal((3L, 3L), (result.RowCount, result.ImportedCount));
        var second = await vouchers.FindAsync(new VoucherNumber("7K2Q-XJ4M-0B9D"), CancellationToken.None);
        Assert.Equal(
            new Voucher(new VoucherNumber("7K2Q-XJ4M-0B9D"), "E-1001", "DDPS", 10, new LocalDate(2021, 6, 30), new LocalDate(2021, 6, 30),
                "SA-Admin@Contoso.example", VoucherState.Assigned, 1),
            second);
        Assert.Equal(85, (await customers.FindAsync("E-1001", CancellationToken.None))!.DaysBalance);
        Assert.Equal(2, (await customers.FindAsync("E-3003", CancellationToken.None))!.DaysBalance);
        Assert.Equal(3, database.Scalar("SELECT COUNT(*) FROM audit_log WHERE actor_id = 'system:import' AND reason = 'Issue' AND from_state IS NULL;"));
        // The COVID extension applies to the voucher created 2020-03-31: 2020-04-15 + 270 days.
        Assert.Equal("2021-01-10", database.Text("SELECT due_on FROM vouchers WHERE number = 'AAAA-BBBB-CCCC';"));
    }

    [Fact]
    public async Task EveryBadRowIsReportedWithItsLineAndReasonAndNothingIsImported()
    {
        var csv = Csv(
            $"GOOD-0000-0002,E-1001,SSDPS,5,2021-04-01,2021-04-02,{Admin}",        // 2
            $"12-34,E-1001,SSDPS,5,2021-04-01,2021-04-02,{Admin}",                 // 3
            $"BAD0-0000-0004,E-9999,SSDPS,5,2021-04-01,2021-04-02,{Admin}",        // 4
            $"BAD0-0000-0005,E-1001,AZDPS,5,2021-04-01,2021-04-02,{Admin}",        // 5
            $"BAD0-0000-0006,E-1001,SSDPS,7,2021-04-01,2021-04-02,{Admin}",        // 6
            $"BAD0-0000-0007,E-1001,SSDPS,five,2021-04-01,2021-04-02,{Admin}",     // 7
            $"BAD0-0000-0008,E-1001,SSDPS,5,2021-02-30,2021-04-02,{Admin}",        // 8
            $"BAD0-0000-0009,E-1001,SSDPS,5,2021-04-03,2021-04-02,{Admin}",        // 9
            $"BAD0-0000-0010,E-1001,SSDPS,5,2021-06-30,2021-07-01,{Admin}",        // 10
            $"GOOD-0000-0002,E-1001,SSDPS,5,2021-04-01,2021-04-02,{Admin}",        // 11
            $"OLD0-0000-0001,E-1001,SSDPS,5,2021-04-01,2021-04-02,{Admin}",        // 12
            "BAD0-0000-0013,E-1001,SSDPS,5,2021-04-01,2021-04-02,someone@else.example", // 13
            "BAD0-0000-0014,E-1001,SSDPS,5",                                      // 14
            $"\"BAD0-0000-0015,E-1001,SSDPS,5,2021-04-01,2021-04-02,{Admin}",      // 15
            "BAD0-0000-0016,E-2002,SSDPS,5,2021-04-01,2021-04-02,admin@dormant.example", // 16
            $"GOOD-0000-0017,E-1001,SSDPS,5,2021-04-01,2021-04-02,{Admin}");       // 17

        var result = import.Import(new StringReader(csv));

        Assert.False(result.Succeeded);
        Assert.Equal((16L, 0L), (result.RowCount, result.ImportedCount));
        Assert.Equal(
            [
                (3L, VoucherImportProblemKind.InvalidNumber, (Type?)null),
                (4, VoucherImportProblemKind.Refused, typeof(CustomerNotFound)),
                (5, VoucherImportProblemKind.Refused, typeof(OfferingUnknown)),
                (6, VoucherImportProblemKind.Refused, typeof(LengthMismatch)),
                (7, VoucherImportProblemKind.InvalidDays, null),
                (8, VoucherImportProblemKind.InvalidDate, null),
                (9, VoucherImportProblemKind.Refused, typeof(DatesInvalid)),
                (10, VoucherImportProblemKind.Refused, typeof(AssignmentClosed)),
                (11, VoucherImportProblemKind.DuplicateInFile, null),
                (12, VoucherImportProblemKind.Refused, typeof(VoucherAlreadyExists)),
                (13, VoucherImportProblemKind.AdminEmailMismatch, null),
                (14, VoucherImportProblemKind.MalformedLine, null),
                (15, VoucherImportProblemKind.MalformedLine, null),
                (16, VoucherImportProblemKind.Refused, typeof(BenefitNotActivated)),
            ],
            result.Problems.Select(p => (p.LineNumber, p.Kind, p.Refusal?.GetType())));
        Assert.Contains("line 10: assigned 2021-07-01 is after the last assignment day 2021-06-30", result.Problems.Select(p => p.ToString()));
        Assert.Contains("line 11: voucher GOOD-0000-0002 is already on line 2", result.Problems.Select(p => p.ToString()));
        Assert.Equal(1, database.Scalar("SELECT COUNT(*) FROM vouchers;"));
        Assert.Equal(1, database.Scalar("SELECT COUNT(*) FROM audit_log;"));
        Assert.Equal(100, (await customers.FindAsync("E-1001", CancellationToken.None))!.DaysBalance);
    }

    [Fact]
    public void RowsThatTogetherOverdrawABalanceAreRefusedFromTheFirstThatDoesNotFit()
    {
        var csv = Csv(
            "SMAL-0000-0001,E-3003,SSDPS,3,2021-04-01,2021-04-02,admin@small.example",
            "SMAL-0000-0002,E-3003,SSDPS,1,2021-04-01,2021-04-02,admin@small.example",
            "SMAL-0000-0003,E-3003,SSDPS,3,2021-04-01,2021-04-02,admin@small.example",
            "SMAL-0000-0004,E-3003,SSDPS,1,2021-04-01,2021-04-02,admin@small.example");

        var result = import.Import(new StringReader(csv));

        var problem = Assert.Single(result.Problems);
        Assert.Equal(4, problem.LineNumber);
        Assert.Equal(new InsufficientDays(1, 3), problem.Refusal);
        Assert.Equal(1, database.Scalar("SELECT COUNT(*) FROM vouchers;"));
    }

    [Theory]
    [InlineData("", "the file is empty")]
    [InlineData("number,agreement,offering,days,created,assigned\nAAAA-BBBB-CCCC,E-1001,SSDPS,5,2021-04-01,2021-04-02", "admin_email")]
    public void AFileWithoutAProperHeaderImportsNothing(string csv, string explained)
    {
        var result = import.Import(new StringReader(csv));

        var problem = Assert.Single(result.Problems);
        Assert.Equal((1L, VoucherImportProblemKind.MalformedLine), (problem.LineNumber, problem.Kind));
        Assert.Contains(explained, problem.Detail, StringComparison.Ordinal);
        Assert.Equal(1, database.Scalar("SELECT COUNT(*) FROM vouchers;"));
    }

    [Fact]
    public void ColumnsMayComeInAnyOrderWithExtrasAndBlankLines()
    {
        var csv = "Admin_Email,Days,Number,Agreement,Offering,Created,Assigned,Project_Manager,Comment\n" +
                  $"{Admin},5,ORDR-0000-0001,E-1001,SSDPS,2021-04-01,2021-04-02,\"Lee, Pat\",ignored\n\n";

        var result = import.Import(new StringReader(csv));

        Assert.True(result.Succeeded, string.Join("\n", result.Problems));
        Assert.Equal("Lee, Pat", database.Text("SELECT project_manager FROM vouchers WHERE number = 'ORDR-0000-0001';"));
    }

    [Fact]
    public void ProgressCountsTheRowsWrittenUpToTheLast()
    {
        const int count = 25_000;
        database.Execute("UPDATE customers SET days_balance = 1000000 WHERE agreement_number = 'E-1001';");
        var rows = Enumerable.Range(0, count).Select(i => new VoucherImportRow(
            i + 2, $"PRG0-{i / 10_000:D4}-{i % 10_000:D4}", "E-1001", "SSDPS", "1", "2021-04-01", "2021-04-02", Admin));
        var reported = new List<long>();

        var result = import.Import(rows, new SynchronousProgress(reported.Add));

        Assert.True(result.Succeeded);
        Assert.Equal([10_000L, 20_000L, 25_000L], reported);
        Assert.Equal(count + 1, database.Scalar("SELECT COUNT(*) FROM vouchers;"));
    }

    [Fact]
    public async Task AnExportedFileImportsIntoAnotherDatabaseUnchanged()
    {
        var csv = Header + ",project_manager\n" +
            $"EXP0-0000-0001,E-1001,SSDPS,5,2021-04-01,2021-04-02,{Admin},\"Pat \"\"PM\"\" Lee\"\n" +
            $"EXP0-0000-0002,E-1001,DDPS,10,2021-06-30,2021-06-30,{Admin},Kim\n";
        Assert.True(import.Import(new StringReader(csv)).Succeeded);
        var exported = new StringWriter();

        var written = new VoucherExport(database.Connections).Write(exported);

        Assert.Equal(3, written);
        Assert.Contains($"EXP0-0000-0001,E-1001,SSDPS,5,2021-04-01,2021-04-02,{Admin},\"Pat \"\"PM\"\" Lee\"\n", exported.ToString(), StringComparison.Ordinal);
        using var other = TestDatabase.Create();
        other.Clock.Now = database.Clock.Now;
        await new SqliteCustomerRepository(other.Connections).AddAsync(Fixtures.Customer("E-1001", daysBalance: 100, Admin), CancellationToken.None);
        var reimport = new VoucherImport(other.Connections, ProgramCalendar.Default, ProgramCatalogue.Default, other.Clock)
            .Import(new StringReader(exported.ToString()));
        Assert.True(reimport.Succeeded, string.Join("\n", reimport.Problems));
        var reexported = new StringWriter();
        new VoucherExport(other.Connections).Write(reexported);
        Assert.Equal(exported.ToString(), reexported.ToString());
    }

    private static string Csv(params string[] lines) => Header + "\n" + string.Join("\n", lines) + "\n";
}
