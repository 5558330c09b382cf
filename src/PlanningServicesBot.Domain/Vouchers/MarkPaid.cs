namespace PlanningServicesBot.Domain.Vouchers;

/// <summary>Support staff or the system records that Microsoft paid for a voucher.</summary>
/// <param name="Number">The voucher.</param>
public sealed record MarkPaid(VoucherNumber Number);
