namespace PlanningServicesBot.Domain.Catalogue;

/// <summary>A deliverable Planning Services engagement.</summary>
/// <param name="Id">A stable slug, e.g. "data-estate-modernization".</param>
/// <param name="Name">The engagement's name.</param>
/// <param name="Offering">The acronym of the offering the engagement belongs to.</param>
/// <param name="QualifyingCompetencies">Alternatives: holding any one of them qualifies the partner.</param>
/// <param name="AllowedLengths">The engagement lengths in days a voucher may have to fund this engagement.</param>
public sealed record Engagement(
    string Id,
    string Name,
    string Offering,
    IReadOnlyList<CompetencyRequirement> QualifyingCompetencies,
    IReadOnlyList<int> AllowedLengths);
