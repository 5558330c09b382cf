using NodaTime;
using PlanningServicesBot.Domain.Calendar;

namespace PlanningServicesBot.Domain.Vouchers;

/// <summary>A Planning Services voucher and the facts of each step it went through.</summary>
/// <param name="Number">The voucher number.</param>
/// <param name="AgreementNumber">The customer agreement the voucher was created from.</param>
/// <param name="Offering">The offering acronym (voucher type).</param>
/// <param name="Days">The engagement length (service level) in days.</param>
/// <param name="CreatedOn">The day the customer created the voucher.</param>
/// <param name="AssignedOn">The day the customer assigned it to a project manager; its life counts from here.</param>
/// <param name="ProjectManager">The customer's project manager it was assigned to.</param>
/// <param name="State">The stored lifecycle state.</param>
/// <param name="Version">The row version, incremented by every change; used for conditional commits.</param>
public sealed record Voucher(
    VoucherNumber Number,
    string AgreementNumber,
    string Offering,
    int Days,
    LocalDate CreatedOn,
    LocalDate AssignedOn,
    string ProjectManager,
    VoucherState State,
    long Version)
{
    /// <summary>The current reservation; null while Assigned.</summary>
    public Reservation? Reservation { get; init; }

    /// <summary>The completion report, once delivered.</summary>
    public CompletionReport? CompletionReport { get; init; }

    /// <summary>The redemption day, once redeemed.</summary>
    public LocalDate? RedeemedOn { get; init; }

    /// <summary>The payment request, once made.</summary>
    public PaymentRequest? PaymentRequest { get; init; }

    /// <summary>The day Microsoft paid, once paid.</summary>
    public LocalDate? PaidOn { get; init; }

    /// <summary>The partner holding the voucher, if reserved or beyond.</summary>
    public string? PartnerMpnId => Reservation?.MpnId;

    /// <summary>Whether the voucher has not been redeemed yet (Assigned, Reserved or Delivered).</summary>
    public bool IsOpen => State is VoucherState.Assigned or VoucherState.Reserved or VoucherState.Delivered;

    /// <summary>The last day the voucher may be reserved, delivered and redeemed.</summary>
    public LastDay LastDay(ProgramCalendar calendar) => calendar.VoucherLastDay(CreatedOn, AssignedOn);

    /// <summary>The voucher's status on <paramref name="today"/>: Expired once its last day passed while still open.</summary>
    public VoucherStatus StatusOn(LocalDate today, ProgramCalendar calendar) =>
        IsOpen && today > LastDay(calendar).Date ? VoucherStatus.Expired : State switch
        {
            VoucherState.Assigned => VoucherStatus.Assigned,
            VoucherState.Reserved => VoucherStatus.Reserved,
            VoucherState.Delivered => VoucherStatus.Delivered,
            VoucherState.Redeemed => VoucherStatus.Redeemed,
            VoucherState.PaymentRequested => VoucherStatus.PaymentRequested,
            _ => VoucherStatus.Paid,
        };
}
