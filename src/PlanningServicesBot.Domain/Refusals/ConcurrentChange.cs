namespace PlanningServicesBot.Domain.Refusals;

/// <summary>The voucher kept changing while the operation was decided; trying again may succeed.</summary>
public sealed record ConcurrentChange : Refusal;
