using PlanningServicesBot.Domain.Catalogue;

namespace PlanningServicesBot.Domain.Refusals;

/// <summary>The partner holds none of the engagement's qualifying competencies at the required level.</summary>
/// <param name="Alternatives">The competencies, any one of which would qualify.</param>
public sealed record CompetencyMissing(IReadOnlyList<CompetencyRequirement> Alternatives) : Refusal;
