using NodaTime;
using PlanningServicesBot.Domain.Abstractions;
using PlanningServicesBot.Domain.Actors;
using PlanningServicesBot.Domain.Calendar;
using PlanningServicesBot.Domain.Operations;
using PlanningServicesBot.Domain.Partners;
using PlanningServicesBot.Domain.Refusals;
using PlanningServicesBot.Domain.Tests.Support;
using PlanningServicesBot.Domain.Vouchers;

namespace PlanningServicesBot.Domain.Tests.Operations;

public class VoucherOperationsTests
{
    private static readonly LocalDate AssignedOn = new(2021, 3, 1);
    private readonly InMemoryProgramStore store = new();
    private readonly FakeClock clock = FakeClock.AtUtc(2021, 5, 3);
    private readonly VoucherOperations operations;

    public VoucherOperationsTests()
    {
        store.Add(Sample.Contoso());
        store.Add(Sample.Fabrikam());
        store.Add(Sample.Assigned(AssignedOn));
        operations = new VoucherOperations(store, store, store, Sample.Calendar, Sample.Catalogue, clock);
    }

    [Fact]
    public async Task AReservationIsCommittedWithItsAuditEntryAndDueDay()
    {
        var outcome = await operations.ReserveAsync(new OperationKey("card-1"), Sample.MpnAdmin(), Sample.Reserve(new LocalDate(2021, 5, 10)));

        var succeeded = Assert.IsType<Succeeded>(outcome);
        Assert.False(succeeded.AlreadyDone);
        Assert.Equal((VoucherState.Reserved, 2L), (succeeded.Voucher.State, succeeded.Voucher.Version));
        var entry = Assert.Single(store.Audit);
        Assert.Equal(
            new VoucherAuditEntry(Sample.MpnAdmin().AuditId, clock.Now, Sample.Number(), VoucherState.Assigned, VoucherState.Reserved, VoucherTransition.Reserve, "card-1"),
            entry);
        Assert.Single(await store.ListDueBetweenAsync(new LocalDate(2021, 8, 28), new LocalDate(2021, 8, 28), default));
    }

    [Fact]
    public async Task TheSameKeyAgainReturnsTheFirstResultAndChangesNothing()
    {
        var key = new OperationKey("card-1");
        var first = Assert.IsType<Succeeded>(await operations.ReserveAsync(key, Sample.MpnAdmin(), Sample.Reserve(new LocalDate(2021, 5, 10))));

        var again = Assert.IsType<Succeeded>(await operations.ReserveAsync(key, Sample.MpnAdmin(), Sample.Reserve(new LocalDate(2021, 5, 10))));

        Assert.True(again.AlreadyDone);
        Assert.Equal(first.Voucher, again.Voucher);
        Assert.Single(store.Audit);
        Assert.Equal(1, store.CommitAttempts);
        Assert.Equal(2, (await store.FindAsync(Sample.Number(), default))!.Version);
    }

    [Fact]
    public async Task ARefusedOperationCommitsNothing()
    {
        var outcome = await operations.RedeemAsync(new OperationKey("card-2"), Sample.MpnAdmin(), new RedeemVoucher(Sample.Number()));

        Expect.Refused(outcome, new WrongState(VoucherState.Assigned, VoucherState.Delivered));
        Assert.Equal(0, store.CommitAttempts);
        Assert.Null(await store.FindOutcomeAsync(new OperationKey("card-2"), default));
    }

    [Fact]
    public async Task OfFiftyRacingReservationsExactlyOneSucceedsAndTheRestFindItReserved()
    {
        var partners = Enumerable.Range(1, 50).Select(i => Sample.Contoso((3000000 + i).ToString(System.Globalization.CultureInfo.InvariantCulture))).ToList();
        partners.ForEach(store.Add);

        var outcomes = await Task.WhenAll(partners.Select(p => Task.Run(() =>
            operations.ReserveAsync(new OperationKey("reserve-" + p.MpnId), Sample.MpnAdmin(p.MpnId), Sample.Reserve(new LocalDate(2021, 5, 10))))));

        var winner = Assert.IsType<Succeeded>(Assert.Single(outcomes, o => o is Succeeded));
        Assert.All(outcomes.Where(o => o is not Succeeded), o => Expect.Refused(o, new WrongState(VoucherState.Reserved, VoucherState.Assigned)));
        Assert.Equal(winner.Voucher.Reservation!.MpnId, (await store.FindAsync(Sample.Number(), default))!.Reservation!.MpnId);
        Assert.Single(store.Audit, e => e.Reason == VoucherTransition.Reserve);
    }

    [Fact]
    public async Task AnOperationThatKeepsLosingRacesGivesUp()
    {
        var conflicting = new AlwaysConflictingVoucherStore(store);
        var losing = new VoucherOperations(conflicting, store, store, Sample.Calendar, Sample.Catalogue, clock);

        var outcome = await losing.ReserveAsync(new OperationKey("card-3"), Sample.MpnAdmin(), Sample.Reserve(new LocalDate(2021, 5, 10)));

        Expect.Refused(outcome, new ConcurrentChange());
        Assert.Equal(VoucherOperations.MaxAttempts, conflicting.Commits);
    }

    [Fact]
    public async Task IssuingTakesTheDaysFromTheCustomerAndNeverOverdraws()
    {
        var customer = new CustomerActor(Sample.Agreement);
        IssueVoucher Issue(string number, int days) =>
            new(new VoucherNumber(number), Sample.Agreement, "DDPS", days, new LocalDate(2021, 5, 1), new LocalDate(2021, 5, 2), "Pat Manager");

        var outcomes = await Task.WhenAll(
            Task.Run(() => operations.IssueAsync(new OperationKey("issue-a"), customer, Issue("AAAA-AAAA-AAAA", 15))),
            Task.Run(() => operations.IssueAsync(new OperationKey("issue-b"), customer, Issue("BBBB-BBBB-BBBB", 15))),
            Task.Run(() => operations.IssueAsync(new OperationKey("issue-c"), customer, Issue("CCCC-CCCC-CCCC", 15))),
            Task.Run(() => operations.IssueAsync(new OperationKey("issue-d"), customer, Issue("DDDD-DDDD-DDDD", 15))));

        Assert.Equal(3, outcomes.Count(o => o is Succeeded));
        Expect.Refused(Assert.Single(outcomes, o => o is Refused), new InsufficientDays(5, 15));
        Assert.Equal(5, store.Customer(Sample.Agreement).DaysBalance);
    }

    [Fact]
    public async Task TodayComesFromTheClockInTheProgramZone()
    {
        clock.Now = Instant.FromUtc(2021, 8, 28, 23, 59);
        var lastDay = new LocalDate(2021, 8, 28);
        Assert.IsType<Succeeded>(await operations.ReserveAsync(new OperationKey("r"), Sample.MpnAdmin(), Sample.Reserve(lastDay)));
        Assert.IsType<Succeeded>(await operations.CancelReservationAsync(new OperationKey("c"), Sample.MpnAdmin(), new CancelReservation(Sample.Number())));

        clock.Now = Instant.FromUtc(2021, 8, 29, 0, 0);
        var outcome = await operations.ReserveAsync(new OperationKey("r2"), Sample.MpnAdmin(), Sample.Reserve(lastDay.PlusDays(1)));

        Expect.Refused(outcome, new VoucherExpired(lastDay, DeadlineRule.VoucherLife));
    }

    [Fact]
    public async Task AVoucherGoesFromIssueToPaidWithOneAuditEntryPerStep()
    {
        var number = new VoucherNumber("7K2Q-XJ4M-NEW1");
        clock.Now = Instant.FromUtc(2021, 6, 1, 9, 0);
        await Succeeds(operations.IssueAsync(Key(), new CustomerActor(Sample.Agreement), new IssueVoucher(number, Sample.Agreement, "SSDPS", 5, new LocalDate(2021, 5, 28), new LocalDate(2021, 6, 1), "Pat Manager")));
        await Succeeds(operations.ReserveAsync(Key(), Sample.GlobalAdmin(), Sample.Reserve(new LocalDate(2021, 6, 14), new LocalDate(2021, 6, 18)) with { Number = number }));
        clock.Now = Instant.FromUtc(2021, 6, 21, 9, 0);
        await Succeeds(operations.SubmitCompletionReportAsync(Key(), Sample.ConsultantUser(), Sample.Report(new LocalDate(2021, 6, 14), new LocalDate(2021, 6, 18)) with { Number = number }));
        await Succeeds(operations.RedeemAsync(Key(), Sample.MpnAdmin(), new RedeemVoucher(number)));
        await Succeeds(operations.RequestPaymentAsync(Key(), Sample.MpnAdmin(), new RequestPayment(number, "SAVB-77")));
        var paid = await Succeeds(operations.MarkPaidAsync(Key(), new SystemActor("savb-feed"), new MarkPaid(number)));

        Assert.Equal((VoucherState.Paid, 6L), (paid.State, paid.Version));
        Assert.Equal(
            ["Issue: new -> Assigned", "Reserve: Assigned -> Reserved", "SubmitCompletionReport: Reserved -> Delivered", "Redeem: Delivered -> Redeemed", "RequestPayment: Redeemed -> PaymentRequested", "MarkPaid: PaymentRequested -> Paid"],
            store.Audit.Where(e => e.Voucher == number).Select(e => $"{e.Reason}: {e.From?.ToString() ?? "new"} -> {e.To}"));
        Assert.Equal(45, store.Customer(Sample.Agreement).DaysBalance);
    }

    [Fact]
    public async Task AVoucherIsShownOnlyWithItsAdminEmail()
    {
        Assert.NotNull(await operations.FindByNumberAndAdminEmailAsync(Sample.Number(), " SA-Admin@Fabrikam.example "));
        Assert.Null(await operations.FindByNumberAndAdminEmailAsync(Sample.Number(), "guess@fabrikam.example"));
        Assert.Null(await operations.FindByNumberAndAdminEmailAsync(new VoucherNumber("ZZZZ-ZZZZ-ZZZZ"), Sample.AdminEmail));
    }

    [Fact]
    public async Task TheGlobalAdminRegistersInSavbOnceAfterARedemption()
    {
        store.Add(Sample.Redeemed(new LocalDate(2021, 4, 20)) with { Number = new VoucherNumber("DDPS-0000-0001"), Offering = "DDPS" });
        var partnerOperations = new PartnerOperations(store, store, Sample.Calendar, Sample.Catalogue, clock);

        var first = await partnerOperations.RegisterForSavbAsync(Sample.GlobalAdmin(), "DDPS");
        var second = await partnerOperations.RegisterForSavbAsync(Sample.GlobalAdmin(), "DDPS");

        Assert.Equal(new SavbRegistration("DDPS", new LocalDate(2021, 5, 3)), Expect.Accepted(first));
        Expect.Refused(second, new SavbAlreadyRegistered("DDPS", new LocalDate(2021, 5, 3)));
    }

    [Fact]
    public async Task EligibilityIsCheckedForTodayAndUnknownPartnersHaveNone()
    {
        var partnerOperations = new PartnerOperations(store, store, Sample.Calendar, Sample.Catalogue, clock);

        var report = await partnerOperations.CheckEligibilityAsync(Sample.MpnId, Sample.Engagement, "ana", "GB");

        Assert.True(report!.IsEligible);
        Assert.Equal(new LocalDate(2021, 5, 3), report.On);
        Assert.Null(await partnerOperations.CheckEligibilityAsync("9999999", Sample.Engagement, null, null));
    }

    private static OperationKey Key() => OperationKey.NewRandom();

    private static async Task<Voucher> Succeeds(Task<OperationOutcome> operation)
    {
        var outcome = await operation;
        return outcome is Succeeded succeeded ? succeeded.Voucher : throw new Xunit.Sdk.XunitException("Refused: " + Expect.Describe(((Refused)outcome).Reasons));
    }

    private sealed class AlwaysConflictingVoucherStore(IVoucherRepository inner) : IVoucherRepository
    {
        public int Commits { get; private set; }

        public Task<Voucher?> FindAsync(VoucherNumber number, CancellationToken cancellationToken) => inner.FindAsync(number, cancellationToken);

        public Task<IReadOnlyList<Voucher>> ListByPartnerAsync(string mpnId, CancellationToken cancellationToken) => inner.ListByPartnerAsync(mpnId, cancellationToken);

        public Task<IReadOnlyList<Voucher>> ListDueBetweenAsync(LocalDate from, LocalDate to, CancellationToken cancellationToken) => inner.ListDueBetweenAsync(from, to, cancellationToken);

        public Task<CommitResult> CommitAsync(VoucherChange change, CancellationToken cancellationToken)
        {
            Commits++;
            return Task.FromResult(CommitResult.VersionConflict);
        }

        public Task<string?> FindOutcomeAsync(OperationKey key, CancellationToken cancellationToken) => inner.FindOutcomeAsync(key, cancellationToken);
    }
}
