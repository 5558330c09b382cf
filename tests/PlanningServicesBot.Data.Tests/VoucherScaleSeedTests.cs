using NodaTime;
using PlanningServicesBot.Data.Sqlite;
using PlanningServicesBot.Data.VoucherFiles;
using PlanningServicesBot.Domain.Calendar;
using PlanningServicesBot.Domain.Catalogue;
using PlanningServicesBot.Domain.Vouchers;

namespace PlanningServicesBot.Data.Tests;

public sealed class VoucherScaleSeedTests
{
    [Fact]
    public void TheSameSeedWritesTheSameVouchersAndAnotherSeedOthers()
    {
        using var first = TestDatabase.Create();
        using var second = TestDatabase.Create();
        using var third = TestDatabase.Create();

        Seed(first, 500, seed: 7);
        Seed(second, 500, seed: 7);
        Seed(third, 500, seed: 8);

        Assert.Equal(Export(first), Export(second));
        Assert.NotEqual(Export(first), Export(third));
        Assert.Equal(
            first.Text("SELECT group_concat(state || due_on, ',') FROM (SELECT state, due_on FROM vouchers ORDER BY number);"),
            second.Text("SELECT group_concat(state || due_on, ',') FROM (SELECT state, due_on FROM vouchers ORDER BY number);"));
    }

    [Fact]
    public void SeedingTwiceWithTheSameSeedAddsNothingTheSecondTime()
    {
        using var database = TestDatabase.Create();

        var firstRun = Seed(database, 300, seed: 1);
        var secondRun = Seed(database, 300, seed: 1);

        Assert.Equal((300L, 0L), (firstRun, secondRun));
        Assert.Equal(300, database.Scalar("SELECT COUNT(*) FROM vouchers;"));
    }

    [Fact]
    public async Task SeededVouchersCoverEveryStateAndReadBackAsValidVouchers()
    {
        using var database = TestDatabase.Create();
        Seed(database, 1200, seed: 42);

        foreach (var state in Enum.GetValues<VoucherState>())
        {
            Assert.True(database.Scalar($"SELECT COUNT(*) FROM vouchers WHERE state = '{state}';") > 100, $"too few {state}");
        }

        var repository = new SqliteVoucherRepository(database.Connections);
        var due = await repository.ListDueBetweenAsync(new LocalDate(2020, 1, 1), new LocalDate(2022, 12, 31), CancellationToken.None);
        Assert.All(due, v => Assert.True(v.State is not (VoucherState.PaymentRequested or VoucherState.Paid)));
        Assert.Equal(database.Scalar("SELECT COUNT(*) FROM vouchers WHERE state IN ('Assigned', 'Reserved', 'Delivered', 'Redeemed');"), due.Count);
        var numberFormat = new VoucherNumberFormat(ProgramCalendar.Default.VoucherNumberPattern);
        Assert.All(due, v => Assert.Equal(v.Number, numberFormat.ParseOrNull(v.Number.Value)));
        Assert.Equal(0, database.Scalar("SELECT COUNT(*) FROM vouchers WHERE assigned_on > '2021-06-30' OR assigned_on < created_on;"));
    }

    private static long Seed(TestDatabase database, long count, int seed) =>
        new VoucherScaleSeed(database.Connections, ProgramCalendar.Default, ProgramCatalogue.Default).Write(count, seed);

    private static string Export(TestDatabase database)
    {
        var writer = new StringWriter();
        new VoucherExport(database.Connections).Write(writer);
        return writer.ToString();
    }
}
