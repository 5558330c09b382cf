using NodaTime;
using PlanningServicesBot.Data.Sqlite;
using PlanningServicesBot.Domain.Abstractions;
using PlanningServicesBot.Domain.Operations;
using PlanningServicesBot.Domain.Vouchers;

namespace PlanningServicesBot.Data.Tests;

public sealed class SqliteVoucherRepositoryTests : IAsyncLifetime, IDisposable
{
    private readonly TestDatabase database = TestDatabase.Create();
    private readonly SqliteVoucherRepository vouchers;
    private readonly SqliteCustomerRepository customers;
    private readonly CancellationToken none = CancellationToken.None;

    public SqliteVoucherRepositoryTests()
    {
        vouchers = new SqliteVoucherRepository(database.Connections);
        customers = new SqliteCustomerRepository(database.Connections);
    }

    public async Task InitializeAsync()
    {
        await customers.AddAsync(Fixtures.Customer(), none);
        await new SqlitePartnerRepository(database.Connections).AddAsync(Fixtures.Partner("4711001"), none);
        await new SqlitePartnerRepository(database.Connections).AddAsync(Fixtures.Partner("4711002", "Northwind Planning"), none);
    }

    public Task DisposeAsync() => Task.CompletedTask;

    public void Dispose() => database.Dispose();

    [Fact]
    public async Task AVoucherIsReadBackWithEveryFactOfEveryStep()
    {
        var paid = Fixtures.PaidVoucher();
        await StoreAsync(paid);

        var found = await vouchers.FindAsync(paid.Number, none);

        Assert.Equal(paid with { Version = 1 }, found);
    }

    [Fact]
    public async Task AnUnknownNumberIsNotFound()
    {
        Assert.Null(await vouchers.FindAsync(new VoucherNumber("NONE-0000-0000"), none));
    }

    [Fact]
    public async Task ACommitWritesTheVoucherTheAuditEntryAndTheOutcomeTogether()
    {
        var assigned = Fixtures.AssignedVoucher();
        await StoreAsync(assigned);
        var reserved = assigned with { State = VoucherState.Reserved, Version = 2, Reservation = Fixtures.Reservation() };

        var result = await vouchers.CommitAsync(Fixtures.Transition(assigned, reserved, VoucherTransition.Reserve, "reserve-1"), none);

        Assert.Equal(CommitResult.Committed, result);
        Assert.Equal(reserved, await vouchers.FindAsync(assigned.Number, none));
        var audit = await vouchers.ListAuditAsync(assigned.Number, none);
        Assert.Equal([VoucherTransition.Issue, VoucherTransition.Reserve], audit.Select(a => a.Reason));
        Assert.Equal((VoucherState?)VoucherState.Assigned, audit[1].From);
        Assert.Equal(VoucherState.Reserved, audit[1].To);
        Assert.Equal("reserve-1", audit[1].OperationKey);
        Assert.Equal(TestDatabase.Now, audit[1].At);
        Assert.NotNull(await vouchers.FindOutcomeAsync(new OperationKey("reserve-1"), none));
    }

    [Theory]
    [InlineData(VoucherState.Assigned, 2)] // someone else already moved it on
    [InlineData(VoucherState.Reserved, 1)] // wrong state, right version
    public async Task ACommitExpectingAnotherStateOrVersionChangesNothing(VoucherState expectedState, long expectedVersion)
    {
        var assigned = Fixtures.AssignedVoucher();
        await StoreAsync(assigned);
        var reserved = assigned with { State = VoucherState.Reserved, Version = expectedVersion + 1, Reservation = Fixtures.Reservation() };
        var change = Fixtures.Transition(assigned, reserved, VoucherTransition.Reserve, "reserve-stale") with
        {
            ExpectedState = expectedState,
            ExpectedVersion = expectedVersion,
        };

        var result = await vouchers.CommitAsync(change, none);

        Assert.Equal(CommitResult.VersionConflict, result);
        Assert.Equal(assigned, await vouchers.FindAsync(assigned.Number, none));
        Assert.Single(await vouchers.ListAuditAsync(assigned.Number, none));
        Assert.Null(await vouchers.FindOutcomeAsync(new OperationKey("reserve-stale"), none));
    }

    [Fact]
    public async Task IssuingANumberThatExistsIsAConflict()
    {
        await StoreAsync(Fixtures.AssignedVoucher());

        var result = await vouchers.CommitAsync(Fixtures.Issue(Fixtures.AssignedVoucher() with { Days = 15 }, "issue-again"), none);

        Assert.Equal(CommitResult.VersionConflict, result);
        Assert.Equal(5, (await vouchers.FindAsync(Fixtures.AssignedVoucher().Number, none))!.Days);
    }

    [Fact]
    public async Task TheDebitIsTakenFromTheCustomersBalanceWithTheChange()
    {
        var voucher = Fixtures.AssignedVoucher();

        var result = await vouchers.CommitAsync(Fixtures.Issue(voucher, "issue-1", debit: new CustomerDebit("E-1001", 5)), none);

        Assert.Equal(CommitResult.Committed, result);
        Assert.Equal(35, (await customers.FindAsync("E-1001", none))!.DaysBalance);
    }

    [Fact]
    public async Task ADebitLargerThanTheBalanceRefusesTheWholeChange()
    {
        var voucher = Fixtures.AssignedVoucher() with { Days = 15 };

        var result = await vouchers.CommitAsync(Fixtures.Issue(voucher, "issue-big", debit: new CustomerDebit("E-1001", 41)), none);

        Assert.Equal(CommitResult.VersionConflict, result);
        Assert.Null(await vouchers.FindAsync(voucher.Number, none));
        Assert.Equal(40, (await customers.FindAsync("E-1001", none))!.DaysBalance);
        Assert.Equal(0, database.Scalar("SELECT COUNT(*) FROM audit_log;"));
    }

    [Fact]
    public async Task AKeyUsedBeforeReturnsTheFirstOutcomeAndChangesNothing()
    {
        var assigned = Fixtures.AssignedVoucher();
        var first = Fixtures.Issue(assigned, "same-key");
        await vouchers.CommitAsync(first, none);
        var reserved = assigned with { State = VoucherState.Reserved, Version = 2, Reservation = Fixtures.Reservation() };

        var result = await vouchers.CommitAsync(Fixtures.Transition(assigned, reserved, VoucherTransition.Reserve, "same-key"), none);

        Assert.Equal(CommitStatus.DuplicateKey, result.Status);
        Assert.Equal(first.OutcomeJson, result.StoredOutcomeJson);
        Assert.Equal(VoucherState.Assigned, (await vouchers.FindAsync(assigned.Number, none))!.State);
        Assert.Single(await vouchers.ListAuditAsync(assigned.Number, none));
    }

    [Fact]
    public async Task AnUnusedKeyHasNoOutcome()
    {
        Assert.Null(await vouchers.FindOutcomeAsync(new OperationKey("never-used"), none));
    }

    [Fact]
    public async Task APartnerSeesOnlyTheVouchersItReserved()
    {
        await StoreAsync(Fixtures.AssignedVoucher("AAAA-0000-0001"));
        await StoreAsync(Fixtures.PaidVoucher("AAAA-0000-0002", "4711001"));
        await StoreAsync(Fixtures.PaidVoucher("AAAA-0000-0003", "4711002"));
        await StoreAsync(Fixtures.PaidVoucher("AAAA-0000-0004", "4711001"));

        var listed = await vouchers.ListByPartnerAsync("4711001", none);

        Assert.Equal(["AAAA-0000-0002", "AAAA-0000-0004"], listed.Select(v => v.Number.Value));
    }

    [Fact]
    public async Task DueBetweenIncludesBothEndDaysAndNothingOutside()
    {
        var from = new LocalDate(2021, 6, 1);
        await StoreDueAsync(Fixtures.AssignedVoucher("DUE0-0000-0001"), from.PlusDays(-1));
        await StoreDueAsync(Fixtures.AssignedVoucher("DUE0-0000-0002"), from);
        await StoreDueAsync(Fixtures.AssignedVoucher("DUE0-0000-0003"), from.PlusDays(3));
        await StoreDueAsync(Fixtures.AssignedVoucher("DUE0-0000-0004"), from.PlusDays(7));
        await StoreDueAsync(Fixtures.AssignedVoucher("DUE0-0000-0005"), from.PlusDays(8));
        await StoreDueAsync(Fixtures.PaidVoucher("DUE0-0000-0006"), dueOn: null);

        var due = await vouchers.ListDueBetweenAsync(from, from.PlusDays(7), none);

        Assert.Equal(["DUE0-0000-0002", "DUE0-0000-0003", "DUE0-0000-0004"], due.Select(v => v.Number.Value));
    }

    [Fact]
    public async Task TheDueDayQueryUsesItsIndex()
    {
        var plan = database.QueryPlan("SELECT number, state FROM vouchers WHERE due_on BETWEEN '2021-06-01' AND '2021-06-08'");

        Assert.Contains("ix_vouchers_due_on", plan, StringComparison.Ordinal);
    }

    private Task StoreAsync(Voucher voucher) => StoreDueAsync(voucher, new LocalDate(2021, 9, 29));

    private async Task StoreDueAsync(Voucher voucher, LocalDate? dueOn)
    {
        var change = Fixtures.Issue(voucher, "issue-" + voucher.Number.Value) with { DueOn = dueOn };
        Assert.Equal(CommitResult.Committed, await vouchers.CommitAsync(change, none));
    }
}
