using PlanningServicesBot.Domain.Vouchers;

namespace PlanningServicesBot.Domain.Refusals;

/// <summary>A voucher with this number already exists.</summary>
/// <param name="Number">The number.</param>
public sealed record VoucherAlreadyExists(VoucherNumber Number) : Refusal;
