using NodaTime;
using PlanningServicesBot.Domain.Abstractions;
using PlanningServicesBot.Domain.Actors;
using PlanningServicesBot.Domain.Calendar;
using PlanningServicesBot.Domain.Catalogue;
using PlanningServicesBot.Domain.Refusals;
using PlanningServicesBot.Domain.Vouchers;

namespace PlanningServicesBot.Journeys.Reservations;

/// <summary>
/// Asks the voucher lifecycle what reserving (or cancelling a reservation) would come to right now, on freshly loaded data,
/// committing nothing: the journeys use it to refuse early and to put each refusal under the card input it is about.
/// The operations themselves decide again when the user confirms.
/// </summary>
public sealed class ReservationPreview(
    IVoucherRepository vouchers,
    ICustomerRepository customers,
    IPartnerRepository partners,
    ProgramCalendar calendar,
    ProgramCatalogue catalogue,
    IClock clock)
{
    private readonly VoucherLifecycle _lifecycle = new(calendar, catalogue);

    public async Task<ReservationSubject> LoadAsync(VoucherNumber number, Actor actor, CancellationToken cancellationToken)
    {
        var voucher = await vouchers.FindAsync(number, cancellationToken);
        return await SubjectAsync(voucher, actor, cancellationToken);
    }

    public async Task<ReservationSubject> SubjectAsync(Voucher? voucher, Actor actor, CancellationToken cancellationToken)
    {
        var customer = voucher is null ? null : await customers.FindAsync(voucher.AgreementNumber, cancellationToken);
        var partner = actor is PartnerUserActor user ? await partners.FindAsync(user.MpnId, cancellationToken) : null;
        return new ReservationSubject(voucher, customer, partner, calendar.Today(clock.GetCurrentInstant()));
    }

    /// <summary>Every reason reserving with this command would be refused; empty when it would be accepted.</summary>
    public IReadOnlyList<Refusal> RefusalsOfReserving(ReservationSubject subject, Actor actor, ReserveVoucher command) =>
        _lifecycle.Reserve(subject.Voucher, subject.Customer, subject.Partner, actor, command, subject.Today).Refusals;

    /// <summary>Every reason cancelling the voucher's reservation would be refused; empty when it would be accepted.</summary>
    public IReadOnlyList<Refusal> RefusalsOfCancelling(ReservationSubject subject, Actor actor) =>
        _lifecycle.CancelReservation(subject.Voucher, actor, subject.Today).Refusals;
}
