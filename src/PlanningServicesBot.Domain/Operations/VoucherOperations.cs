using NodaTime;
using PlanningServicesBot.Domain.Abstractions;
using PlanningServicesBot.Domain.Actors;
using PlanningServicesBot.Domain.Calendar;
using PlanningServicesBot.Domain.Catalogue;
using PlanningServicesBot.Domain.Deadlines;
using PlanningServicesBot.Domain.Partners;
using PlanningServicesBot.Domain.Refusals;
using PlanningServicesBot.Domain.Vouchers;

namespace PlanningServicesBot.Domain.Operations;

/// <summary>
/// The voucher transitions as business operations: each is idempotent under its key, decided by <see cref="VoucherLifecycle"/>
/// on freshly loaded data, and committed as one conditional change; a concurrent change makes it reload and decide again.
/// </summary>
public sealed class VoucherOperations
{
    /// <summary>How many times an operation decides again after losing a race before giving up with <see cref="ConcurrentChange"/>.</summary>
    public const int MaxAttempts = 3;

    private readonly IVoucherRepository vouchers;
    private readonly IPartnerRepository partners;
    private readonly ICustomerRepository customers;
    private readonly ProgramCalendar calendar;
    private readonly IClock clock;
    private readonly VoucherLifecycle lifecycle;
    private readonly DeadlineCalendar deadlines;

    /// <summary>Creates the service.</summary>
    public VoucherOperations(
        IVoucherRepository vouchers,
        IPartnerRepository partners,
        ICustomerRepository customers,
        ProgramCalendar calendar,
        ProgramCatalogue catalogue,
        IClock clock)
    {
        this.vouchers = vouchers;
        this.partners = partners;
        this.customers = customers;
        this.calendar = calendar;
        this.clock = clock;
        lifecycle = new VoucherLifecycle(calendar, catalogue);
        deadlines = new DeadlineCalendar(calendar);
    }

    /// <summary>The customer (or an import) creates and assigns a voucher, taking its days from the customer's balance.</summary>
    public Task<OperationOutcome> IssueAsync(OperationKey key, Actor actor, IssueVoucher command, CancellationToken cancellationToken = default) =>
        RunAsync(key, actor, command.Number, VoucherTransition.Issue, async (voucher, today, ct) =>
            lifecycle.Issue(voucher, await customers.FindAsync(command.AgreementNumber, ct), actor, command, today), cancellationToken);

    /// <summary>A partner admin reserves a voucher for the partner.</summary>
    public Task<OperationOutcome> ReserveAsync(OperationKey key, Actor actor, ReserveVoucher command, CancellationToken cancellationToken = default) =>
        RunAsync(key, actor, command.Number, VoucherTransition.Reserve, async (voucher, today, ct) =>
        {
            var customer = voucher is null ? null : await customers.FindAsync(voucher.AgreementNumber, ct);
            return lifecycle.Reserve(voucher, customer, await ActingPartnerAsync(actor, ct), actor, command, today);
        }, cancellationToken);

    /// <summary>A partner admin cancels the partner's reservation.</summary>
    public Task<OperationOutcome> CancelReservationAsync(OperationKey key, Actor actor, CancelReservation command, CancellationToken cancellationToken = default) =>
        RunAsync(key, actor, command.Number, VoucherTransition.CancelReservation, (voucher, today, _) =>
            Task.FromResult(lifecycle.CancelReservation(voucher, actor, today)), cancellationToken);

    /// <summary>A user of the reserving partner submits the completion report.</summary>
    public Task<OperationOutcome> SubmitCompletionReportAsync(OperationKey key, Actor actor, SubmitCompletionReport command, CancellationToken cancellationToken = default) =>
        RunAsync(key, actor, command.Number, VoucherTransition.SubmitCompletionReport, async (voucher, today, ct) =>
            lifecycle.SubmitCompletionReport(voucher, await ActingPartnerAsync(actor, ct), actor, command, today), cancellationToken);

    /// <summary>A partner admin redeems a delivered voucher.</summary>
    public Task<OperationOutcome> RedeemAsync(OperationKey key, Actor actor, RedeemVoucher command, CancellationToken cancellationToken = default) =>
        RunAsync(key, actor, command.Number, VoucherTransition.Redeem, (voucher, today, _) =>
            Task.FromResult(lifecycle.Redeem(voucher, actor, today)), cancellationToken);

    /// <summary>A partner admin records the SAVB payment request for a redeemed voucher.</summary>
    public Task<OperationOutcome> RequestPaymentAsync(OperationKey key, Actor actor, RequestPayment command, CancellationToken cancellationToken = default) =>
        RunAsync(key, actor, command.Number, VoucherTransition.RequestPayment, async (voucher, today, ct) =>
            lifecycle.RequestPayment(voucher, await ActingPartnerAsync(actor, ct), actor, command, today), cancellationToken);

    /// <summary>Support staff or the system records the payment.</summary>
    public Task<OperationOutcome> MarkPaidAsync(OperationKey key, Actor actor, MarkPaid command, CancellationToken cancellationToken = default) =>
        RunAsync(key, actor, command.Number, VoucherTransition.MarkPaid, (voucher, today, _) =>
            Task.FromResult(lifecycle.MarkPaid(voucher, actor, today)), cancellationToken);

    /// <summary>
    /// The voucher with this number, only when <paramref name="voucherAdminEmail"/> is its customer's voucher admin e-mail;
    /// otherwise null, whether or not the number exists.
    /// </summary>
    public async Task<Voucher?> FindByNumberAndAdminEmailAsync(VoucherNumber number, string voucherAdminEmail, CancellationToken cancellationToken = default)
    {
        var voucher = await vouchers.FindAsync(number, cancellationToken);
        var customer = voucher is null ? null : await customers.FindAsync(voucher.AgreementNumber, cancellationToken);
        return customer is not null && customer.IsVoucherAdmin(voucherAdminEmail) ? voucher : null;
    }

    private Task<Partner?> ActingPartnerAsync(Actor actor, CancellationToken cancellationToken) =>
        actor is PartnerUserActor user ? partners.FindAsync(user.MpnId, cancellationToken) : Task.FromResult<Partner?>(null);

    private async Task<OperationOutcome> RunAsync(
        OperationKey key,
        Actor actor,
        VoucherNumber number,
        VoucherTransition transition,
        Func<Voucher?, LocalDate, CancellationToken, Task<Decision<Voucher>>> decide,
        CancellationToken cancellationToken)
    {
        if (await vouchers.FindOutcomeAsync(key, cancellationToken) is { } stored)
        {
            return Replay(stored);
        }

        for (var attempt = 1; attempt <= MaxAttempts; attempt++)
        {
            var now = clock.GetCurrentInstant();
            var current = await vouchers.FindAsync(number, cancellationToken);
            var decision = await decide(current, calendar.Today(now), cancellationToken);
            if (decision.Value is not { } next)
            {
                return new Refused(decision.Refusals);
            }

            var outcomeJson = OperationOutcomeJson.Serialize(new Succeeded(next, AlreadyDone: false));
            var change = new VoucherChange(
                current?.State,
                current?.Version ?? 0,
                next,
                deadlines.NextDueDay(next),
                transition == VoucherTransition.Issue ? new CustomerDebit(next.AgreementNumber, next.Days) : null,
                new VoucherAuditEntry(actor.AuditId, now, next.Number, current?.State, next.State, transition, key.Value),
                key,
                outcomeJson);
            var result = await vouchers.CommitAsync(change, cancellationToken);
            switch (result.Status)
            {
                case CommitStatus.Committed:
                    return new Succeeded(next, AlreadyDone: false);
                case CommitStatus.DuplicateKey:
                    return Replay(result.StoredOutcomeJson ?? outcomeJson);
            }
        }

        return new Refused([new ConcurrentChange()]);
    }

    private static OperationOutcome Replay(string storedOutcomeJson) =>
        OperationOutcomeJson.Deserialize(storedOutcomeJson) switch
        {
            Succeeded succeeded => succeeded with { AlreadyDone = true },
            var other => other,
        };
}
