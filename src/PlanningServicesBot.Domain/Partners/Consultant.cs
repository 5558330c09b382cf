namespace PlanningServicesBot.Domain.Partners;

/// <summary>A consultant who may lead delivery, with the exams and assessments they passed.</summary>
/// <param name="ConsultantId">The partner's id for the consultant.</param>
/// <param name="Name">The consultant's name.</param>
/// <param name="PassedExams">Ids of the exams or assessments passed.</param>
public sealed record Consultant(string ConsultantId, string Name, IReadOnlyList<string> PassedExams);
