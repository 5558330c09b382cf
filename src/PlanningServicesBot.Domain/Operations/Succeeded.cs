using PlanningServicesBot.Domain.Vouchers;

namespace PlanningServicesBot.Domain.Operations;

/// <summary>The operation changed the voucher (or had already done so under the same key).</summary>
/// <param name="Voucher">The voucher as the operation left it.</param>
/// <param name="AlreadyDone">True when this key was seen before and nothing was changed this time.</param>
public sealed record Succeeded(Voucher Voucher, bool AlreadyDone) : OperationOutcome;
