namespace PlanningServicesBot.Domain.Refusals;

/// <summary>The consultant has passed none of the exams behind the engagement's qualifying competencies.</summary>
/// <param name="ConsultantId">The consultant.</param>
/// <param name="QualifyingExams">Exams any one of which would qualify.</param>
public sealed record ConsultantLacksExam(string ConsultantId, IReadOnlyList<string> QualifyingExams) : Refusal;
