namespace PlanningServicesBot.Domain.Refusals;

/// <summary>No engagement with this id exists in the catalogue.</summary>
/// <param name="EngagementId">The engagement id given.</param>
public sealed record EngagementUnknown(string EngagementId) : Refusal;
