namespace PlanningServicesBot.Domain.Vouchers;

/// <summary>A partner admin cancels the partner's reservation; the voucher returns to Assigned with its original expiry.</summary>
/// <param name="Number">The voucher.</param>
public sealed record CancelReservation(VoucherNumber Number);
