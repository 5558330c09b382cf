namespace PlanningServicesBot.Domain.Catalogue;

/// <summary>One acceptable qualifying competency for an engagement: the competency at this level or higher.</summary>
/// <param name="Name">The competency name, e.g. "Data Platform".</param>
/// <param name="MinimumLevel">The lowest level that qualifies.</param>
public sealed record CompetencyRequirement(string Name, CompetencyLevel MinimumLevel);
