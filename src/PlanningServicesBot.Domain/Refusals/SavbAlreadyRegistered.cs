using NodaTime;

namespace PlanningServicesBot.Domain.Refusals;

/// <summary>The partner already registered the offering in SAVB.</summary>
/// <param name="Offering">The offering acronym.</param>
/// <param name="RegisteredOn">When it registered.</param>
public sealed record SavbAlreadyRegistered(string Offering, LocalDate RegisteredOn) : Refusal;
