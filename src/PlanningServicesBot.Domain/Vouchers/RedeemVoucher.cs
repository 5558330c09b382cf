namespace PlanningServicesBot.Domain.Vouchers;

/// <summary>A partner admin redeems a delivered voucher.</summary>
/// <param name="Number">The voucher.</param>
public sealed record RedeemVoucher(VoucherNumber Number);
