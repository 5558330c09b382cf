using NodaTime;
using PlanningServicesBot.Data.Sqlite;
using PlanningServicesBot.Domain.Abstractions;
using PlanningServicesBot.Domain.Actors;
using PlanningServicesBot.Domain.Calendar;
using PlanningServicesBot.Domain.Catalogue;
using PlanningServicesBot.Domain.Operations;
using PlanningServicesBot.Domain.Partners;
using PlanningServicesBot.Domain.Refusals;
using PlanningServicesBot.Domain.Vouchers;

namespace PlanningServicesBot.Data.Tests;

/// <summary>The domain's <see cref="VoucherOperations"/> running on the SQLite repositories, with real concurrency.</summary>
public sealed class VoucherOperationsOnSqliteTests : IDisposable
{
    private const int Contenders = 50;
    private static readonly VoucherNumber Number = new("7K2Q-XJ4M-0B9C");

    private readonly TestDatabase database = TestDatabase.Create();
    private readonly SqliteVoucherRepository vouchers;
    private readonly SqlitePartnerRepository partners;
    private readonly SqliteCustomerRepository customers;

    public VoucherOperationsOnSqliteTests()
    {
        vouchers = new SqliteVoucherRepository(database.Connections);
        partners = new SqlitePartnerRepository(database.Connections);
        customers = new SqliteCustomerRepository(database.Connections);
    }

    public void Dispose() => database.Dispose();

    [Fact]
    public async Task OfFiftyPartnersReservingOneVoucherAtOnceExactlyOneSucceeds()
    {
        await GivenAnAssignedVoucherAndPartnersAsync(Contenders);
        var contended = new ContendedVoucherRepository(vouchers, Contenders);
        var operations = Operations(contended);

        var attempts = Enumerable.Range(0, Contenders).Select(i => Task.Run(async () =>
        {
            return await operations.ReserveAsync(new OperationKey($"reserve-{i}"), Admin(i), Reservation(i));
        })).ToList();
        var outcomes = await Task.WhenAll(attempts);

        var winner = Assert.Single(outcomes.OfType<Succeeded>());
        var refused = outcomes.OfType<Refused>().ToList();
        Assert.Equal(Contenders - 1, refused.Count);
        Assert.All(refused, r => Assert.Equal([new WrongState(VoucherState.Reserved, VoucherState.Assigned)], r.Reasons));
        Assert.Equal(Contenders - 1, contended.VersionConflicts); // all decided on the Assigned voucher; the database let one through

        var stored = await vouchers.FindAsync(Number, CancellationToken.None);
        Assert.Equal(winner.Voucher, stored);
        Assert.Equal(2, stored!.Version);
        var reservations = (await vouchers.ListAuditAsync(Number, CancellationToken.None)).Where(a => a.Reason == VoucherTransition.Reserve).ToList();
        var reservation = Assert.Single(reservations);
        Assert.Equal($"partner:{stored.PartnerMpnId}:{Fixtures.Tenant}/{stored.PartnerMpnId}-admin", reservation.ActorId);
        Assert.Equal(1, database.Scalar("SELECT COUNT(*) FROM operations WHERE idempotency_key LIKE 'reserve-%';"));
    }

    [Fact]
    public async Task RepeatingAnOperationWithItsKeyReturnsTheFirstOutcomeMarkedAlreadyDone()
    {
        await GivenAnAssignedVoucherAndPartnersAsync(1);
        var operations = Operations(vouchers);
        var key = new OperationKey("card-submit-1");

        var first = await operations.ReserveAsync(key, Admin(0), Reservation(0));
        database.Clock.Now += Duration.FromMinutes(5);
        var again = await operations.ReserveAsync(key, Admin(0), Reservation(0) with { PlannedStart = new LocalDate(2021, 5, 11) });

        var done = Assert.IsType<Succeeded>(first);
        Assert.False(done.AlreadyDone);
        Assert.Equal(done with { AlreadyDone = true }, again);
        Assert.Single(await vouchers.ListAuditAsync(Number, CancellationToken.None), a => a.Reason == VoucherTransition.Reserve);
        Assert.Equal(new LocalDate(2021, 5, 10), (await vouchers.FindAsync(Number, CancellationToken.None))!.Reservation!.PlannedStart);
    }

    [Fact]
    public async Task ADoubleClickDeliveredTwiceAtOnceReservesOnce()
    {
        await GivenAnAssignedVoucherAndPartnersAsync(1);
        var operations = Operations(vouchers);
        var key = new OperationKey("double-click");

        var attempts = Enumerable.Range(0, 10).Select(_ => Task.Run(async () =>
        {
            return await operations.ReserveAsync(key, Admin(0), Reservation(0));
        })).ToList();
        var outcomes = await Task.WhenAll(attempts);

        var succeeded = outcomes.Select(o => Assert.IsType<Succeeded>(o)).ToList();
        Assert.Single(succeeded, s => !s.AlreadyDone);
        Assert.All(succeeded, s => Assert.Equal(succeeded[0].Voucher, s.Voucher));
        Assert.Single(await vouchers.ListAuditAsync(Number, CancellationToken.None), a => a.Reason == VoucherTransition.Reserve);
    }

    [Fact]
    public async Task IssuingThroughTheOperationsStoresTheDueDayAndTakesTheDays()
    {
        await customers.AddAsync(Fixtures.Customer(daysBalance: 12), CancellationToken.None);
        var operations = Operations(vouchers);
        var command = new IssueVoucher(Number, "E-1001", "SSDPS", 10, new LocalDate(2021, 4, 1), new LocalDate(2021, 4, 2), "Pat");

        var outcome = await operations.IssueAsync(new OperationKey("issue-1"), new SystemActor("test"), command);
        var second = await operations.IssueAsync(
            new OperationKey("issue-2"), new SystemActor("test"), command with { Number = new VoucherNumber("7K2Q-XJ4M-0B9D") });

        Assert.IsType<Succeeded>(outcome);
        Assert.Equal([new InsufficientDays(2, 10)], Assert.IsType<Refused>(second).Reasons);
        Assert.Equal(2, (await customers.FindAsync("E-1001", CancellationToken.None))!.DaysBalance);
        var due = await vouchers.ListDueBetweenAsync(new LocalDate(2021, 9, 29), new LocalDate(2021, 9, 29), CancellationToken.None);
        Assert.Equal([Number], due.Select(v => v.Number));
    }

    private VoucherOperations Operations(IVoucherRepository voucherRepository) =>
        new(voucherRepository, partners, customers, ProgramCalendar.Default, ProgramCatalogue.Default, database.Clock);

    private async Task GivenAnAssignedVoucherAndPartnersAsync(int count)
    {
        await customers.AddAsync(Fixtures.Customer(), CancellationToken.None);
        Assert.Equal(CommitResult.Committed, await vouchers.CommitAsync(Fixtures.Issue(Fixtures.AssignedVoucher(Number.Value), "issue"), CancellationToken.None));
        for (var i = 0; i < count; i++)
        {
            await partners.AddAsync(Fixtures.Partner(MpnId(i), $"Partner {i}"), CancellationToken.None);
        }
    }

    private static string MpnId(int i) => (4_800_000 + i).ToString(System.Globalization.CultureInfo.InvariantCulture);

    private static PartnerUserActor Admin(int i) => new(MpnId(i), Fixtures.Tenant, $"{MpnId(i)}-admin", PartnerRole.GlobalAdmin);

    private static ReserveVoucher Reservation(int i) =>
        new(Number, "sa-admin@contoso.example", "data-estate-modernization", $"{MpnId(i)}-DE", "c-1", "DE",
            new LocalDate(2021, 5, 10), new LocalDate(2021, 5, 14), RemoteDelivery: false);
}
