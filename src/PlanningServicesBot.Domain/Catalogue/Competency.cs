namespace PlanningServicesBot.Domain.Catalogue;

/// <summary>A competency known to the catalogue, with the exams or assessments behind it.</summary>
/// <param name="Name">The competency name.</param>
/// <param name="QualifyingExams">Ids of the exams or assessments a consultant may have passed to lead delivery under this competency.</param>
public sealed record Competency(string Name, IReadOnlyList<string> QualifyingExams);
