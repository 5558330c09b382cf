using NodaTime;
using PlanningServicesBot.Domain.Vouchers;

namespace PlanningServicesBot.Data.Demo;

/// <summary>
/// What happens to one demo voucher, day by day: issued, then (when the day is set) reserved, cancelled, reported
/// delivered, redeemed, payment requested and paid. Who reserves it is decided by <see cref="DemoCasting"/>.
/// </summary>
internal sealed record DemoStory(string Number, string AgreementNumber, string Offering, int Days, LocalDate CreatedOn, LocalDate AssignedOn)
{
    public string ProjectManager { get; init; } = "";

    public LocalDate? ReservedOn { get; init; }

    public LocalDate PlannedStart { get; init; }

    public LocalDate PlannedEnd { get; init; }

    public bool RemoteDelivery { get; init; }

    /// <summary>The reservation was cancelled on this day; the voucher ends Assigned.</summary>
    public LocalDate? CancelledOn { get; init; }

    public LocalDate? ReportedOn { get; init; }

    public int OffsiteDays { get; init; }

    public LocalDate? RedeemedOn { get; init; }

    public LocalDate? PaymentRequestedOn { get; init; }

    public LocalDate? PaidOn { get; init; }

    /// <summary>Reserve with this partner if it is eligible (else any eligible partner).</summary>
    public string? PreferredMpnId { get; init; }

    /// <summary>
    /// A reservation for this retired engagement, made before it was retired. Today's rules refuse such a reservation, so it
    /// is written as a recorded change rather than through the reservation rule.
    /// </summary>
    public string? RetiredEngagementId { get; init; }

    public VoucherState FinalState =>
        PaidOn is not null ? VoucherState.Paid
        : PaymentRequestedOn is not null ? VoucherState.PaymentRequested
        : RedeemedOn is not null ? VoucherState.Redeemed
        : ReportedOn is not null ? VoucherState.Delivered
        : ReservedOn is not null && CancelledOn is null ? VoucherState.Reserved
        : VoucherState.Assigned;

    /// <summary>This story with the engagement planned from <paramref name="reservedOn"/> + <paramref name="lead"/> days, for the voucher's length.</summary>
    public DemoStory Reserved(LocalDate reservedOn, int lead) => this with
    {
        ReservedOn = reservedOn,
        PlannedStart = reservedOn.PlusDays(lead),
        PlannedEnd = reservedOn.PlusDays(lead + Days - 1),
    };

    /// <summary>This story without anything after issuing: the voucher stays Assigned.</summary>
    public DemoStory Unreserved() => this with
    {
        ReservedOn = null, CancelledOn = null, ReportedOn = null, RedeemedOn = null, PaymentRequestedOn = null, PaidOn = null,
    };
}
