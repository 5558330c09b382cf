using NodaTime;
using PlanningServicesBot.Domain.Catalogue;

namespace PlanningServicesBot.Domain.Partners;

/// <summary>A competency the partner holds (or held).</summary>
/// <param name="Name">The competency name, as in the catalogue.</param>
/// <param name="Level">Silver or Gold.</param>
/// <param name="ValidUntil">The last day the competency is valid.</param>
public sealed record PartnerCompetency(string Name, CompetencyLevel Level, LocalDate ValidUntil)
{
    /// <summary>Whether the competency is still valid on <paramref name="today"/>.</summary>
    public bool IsValidOn(LocalDate today) => today <= ValidUntil;

    /// <summary>Whether this competency is the one required, at the required level or higher (validity aside).</summary>
    public bool Covers(CompetencyRequirement requirement) =>
        string.Equals(Name, requirement.Name, StringComparison.OrdinalIgnoreCase) && Level >= requirement.MinimumLevel;
}
