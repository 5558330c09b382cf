namespace PlanningServicesBot.Domain.Refusals;

/// <summary>The partner has no consultant with this id.</summary>
/// <param name="ConsultantId">The consultant id given.</param>
public sealed record ConsultantNotFound(string ConsultantId) : Refusal;
