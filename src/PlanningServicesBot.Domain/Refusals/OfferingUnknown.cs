namespace PlanningServicesBot.Domain.Refusals;

/// <summary>No offering with this acronym exists in the catalogue.</summary>
/// <param name="Offering">The acronym given.</param>
public sealed record OfferingUnknown(string Offering) : Refusal;
