namespace PlanningServicesBot.Domain.Refusals;

/// <summary>The engagement belongs to another offering than the voucher.</summary>
/// <param name="EngagementId">The engagement.</param>
/// <param name="EngagementOffering">The engagement's offering.</param>
/// <param name="VoucherOffering">The voucher's offering.</param>
public sealed record EngagementNotInOffering(string EngagementId, string EngagementOffering, string VoucherOffering) : Refusal;
