using NodaTime;

namespace PlanningServicesBot.Domain.Refusals;

/// <summary>The engagement was retired.</summary>
/// <param name="EngagementId">The engagement.</param>
/// <param name="RetiredOn">The day it was retired.</param>
public sealed record EngagementRetired(string EngagementId, LocalDate RetiredOn) : Refusal;
