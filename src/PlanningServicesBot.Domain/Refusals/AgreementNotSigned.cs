namespace PlanningServicesBot.Domain.Refusals;

/// <summary>The partner enrolled in the offering but has not signed the program agreement.</summary>
/// <param name="Offering">The offering acronym.</param>
/// <param name="Year">The enrollment year.</param>
public sealed record AgreementNotSigned(string Offering, int Year) : Refusal;
