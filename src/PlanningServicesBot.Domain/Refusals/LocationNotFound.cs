namespace PlanningServicesBot.Domain.Refusals;

/// <summary>The partner has no MPN location with this id.</summary>
/// <param name="LocationId">The location id given.</param>
public sealed record LocationNotFound(string LocationId) : Refusal;
