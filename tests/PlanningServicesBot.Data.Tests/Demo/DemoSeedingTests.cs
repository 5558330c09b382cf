using NodaTime;
using PlanningServicesBot.Data.Demo;
using PlanningServicesBot.Data.VoucherFiles;
using PlanningServicesBot.Domain.Vouchers;

namespace PlanningServicesBot.Data.Tests.Demo;

public sealed class DemoSeedingTests
{
    [Fact]
    public async Task SeedingTwiceChangesNothingTheSecondTime()
    {
        using var database = TestDatabase.Create();
        var demo = Demo(database);
        await demo.SeedAsync(DemoData.DefaultDate);
        var before = DatabaseDump.Of(database);

        var again = await demo.SeedAsync(DemoData.DefaultDate);

        Assert.Equal(DemoSeedOutcome.AlreadySeeded, again.Outcome);
        Assert.Equal(before, DatabaseDump.Of(database));
    }

    [Fact]
    public async Task TwoSeedsOfFreshDatabasesAreIdentical()
    {
        using var first = TestDatabase.Create();
        using var second = TestDatabase.Create();
        await Demo(first).SeedAsync(DemoData.DefaultDate);
        await Demo(second).SeedAsync(DemoData.DefaultDate);

        Assert.Equal(Export(first), Export(second));
        Assert.Equal(DatabaseDump.Of(first), DatabaseDump.Of(second));
    }

    [Fact]
    public async Task ADatabaseSeededForAnotherDateIsLeftAlone()
    {
        using var database = TestDatabase.Create();
        var demo = Demo(database);
        await demo.SeedAsync(DemoData.DefaultDate);
        var before = DatabaseDump.Of(database);

        var other = await demo.SeedAsync(new LocalDate(2021, 6, 1));

        Assert.Equal(DemoSeedOutcome.SeededForAnotherDate, other.Outcome);
        Assert.Equal(DemoData.DefaultDate, other.DemoDate);
        Assert.Equal(before, DatabaseDump.Of(database));
    }

    [Fact]
    public async Task AnInterruptedSeedIsCompletedBySeedingAgain()
    {
        using var complete = TestDatabase.Create();
        await Demo(complete).SeedAsync(DemoData.DefaultDate);
        using var interrupted = TestDatabase.Create();
        await Demo(interrupted).SeedAsync(DemoData.DefaultDate);
        // As if the process had died after the partners and the first customer: the vouchers' transaction never committed.
        interrupted.Execute(
            "UPDATE customers SET days_balance = days_balance + (SELECT COALESCE(SUM(days), 0) FROM vouchers v WHERE v.agreement_number = customers.agreement_number);" +
            "DROP TRIGGER audit_log_is_append_only_delete; DELETE FROM audit_log; DELETE FROM operations; DELETE FROM vouchers; DELETE FROM savb_registrations;" +
            "DELETE FROM customers WHERE agreement_number <> '8100001';");
        var customersBefore = interrupted.Scalar("SELECT COUNT(*) FROM customers");

        var result = await Demo(interrupted).SeedAsync(DemoData.DefaultDate);

        Assert.Equal(DemoSeedOutcome.Seeded, result.Outcome);
        Assert.Equal(1, customersBefore);
        Assert.Equal(Export(complete), Export(interrupted));
        Assert.Equal(complete.Text("SELECT group_concat(days_balance) FROM (SELECT days_balance FROM customers ORDER BY agreement_number)"), interrupted.Text("SELECT group_concat(days_balance) FROM (SELECT days_balance FROM customers ORDER BY agreement_number)"));
    }

    [Theory]
    [InlineData("2021-04-07")]
    [InlineData("2021-06-30")]
    public async Task EveryStatusIsPresentAtEitherEndOfTheDemoDateRange(string date)
    {
        var demoDate = NodaTime.Text.LocalDatePattern.Iso.Parse(date).Value;
        using var database = TestDatabase.Create();
        var demo = Demo(database);
        Assert.True(demoDate == demo.EarliestDate || demoDate == demo.LatestDate);

        await demo.SeedAsync(demoDate);

        var vouchers = await SeededDemo.LoadVouchersAsync(database);
        Assert.Equal(Enum.GetValues<VoucherStatus>().Order(), vouchers.Select(v => v.StatusOn(demoDate, SeededDemo.Calendar)).Distinct().Order());
        Assert.Equal(demoDate, await demo.FindSeededDateAsync());
    }

    [Theory]
    [InlineData("2021-04-06")]
    [InlineData("2021-07-01")]
    public async Task ADemoDateOutsideTheRangeIsRejectedBeforeAnythingIsWritten(string date)
    {
        using var database = TestDatabase.Create();
        var demoDate = NodaTime.Text.LocalDatePattern.Iso.Parse(date).Value;

        await Assert.ThrowsAsync<ArgumentOutOfRangeException>(() => Demo(database).SeedAsync(demoDate));

        Assert.Equal(0, database.Scalar("SELECT COUNT(*) FROM partners"));
    }

    [Fact]
    public async Task AnEmptyDatabaseHasNoSeededDate()
    {
        using var database = TestDatabase.Create();
        Assert.Null(await Demo(database).FindSeededDateAsync());
    }

    private static DemoData Demo(TestDatabase database) => new(database.Connections, SeededDemo.Calendar, SeededDemo.Catalogue);

    private static string Export(TestDatabase database)
    {
        using var writer = new StringWriter();
        new VoucherExport(database.Connections).Write(writer);
        return writer.ToString();
    }
}
