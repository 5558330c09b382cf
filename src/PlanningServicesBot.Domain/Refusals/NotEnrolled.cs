namespace PlanningServicesBot.Domain.Refusals;

/// <summary>The partner is not enrolled in the offering for the year.</summary>
/// <param name="Offering">The offering acronym.</param>
/// <param name="Year">The year an enrollment is needed for.</param>
public sealed record NotEnrolled(string Offering, int Year) : Refusal;
