using NodaTime;

namespace PlanningServicesBot.Domain.Partners;

/// <summary>The partner's one-time registration in the SAVB payment tool for one offering.</summary>
/// <param name="Offering">The offering acronym.</param>
/// <param name="RegisteredOn">The day of registration.</param>
public sealed record SavbRegistration(string Offering, LocalDate RegisteredOn);
