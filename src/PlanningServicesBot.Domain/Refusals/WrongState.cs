using PlanningServicesBot.Domain.Vouchers;

namespace PlanningServicesBot.Domain.Refusals;

/// <summary>The voucher is not in the state the operation needs.</summary>
/// <param name="Current">The voucher's state.</param>
/// <param name="Expected">The state the operation needs.</param>
public sealed record WrongState(VoucherState Current, VoucherState Expected) : Refusal;
