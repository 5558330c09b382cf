namespace PlanningServicesBot.Domain.Refusals;

/// <summary>No partner has this MPN id.</summary>
/// <param name="MpnId">The MPN id.</param>
public sealed record PartnerNotFound(string MpnId) : Refusal;
