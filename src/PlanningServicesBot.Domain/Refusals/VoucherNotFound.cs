namespace PlanningServicesBot.Domain.Refusals;

/// <summary>No voucher matches what was given. Deliberately says no more, so that voucher numbers cannot be probed.</summary>
public sealed record VoucherNotFound : Refusal;
