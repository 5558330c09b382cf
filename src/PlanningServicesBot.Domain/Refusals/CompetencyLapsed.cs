using NodaTime;
using PlanningServicesBot.Domain.Catalogue;

namespace PlanningServicesBot.Domain.Refusals;

/// <summary>The partner's qualifying competency is no longer valid.</summary>
/// <param name="Name">The competency.</param>
/// <param name="Level">The level held.</param>
/// <param name="ValidUntil">The last day it was valid.</param>
public sealed record CompetencyLapsed(string Name, CompetencyLevel Level, LocalDate ValidUntil) : Refusal;
