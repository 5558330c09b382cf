namespace PlanningServicesBot.Domain.Refusals;

/// <summary>The partner has not registered the offering in SAVB.</summary>
/// <param name="Offering">The offering acronym.</param>
public sealed record SavbRegistrationMissing(string Offering) : Refusal;
