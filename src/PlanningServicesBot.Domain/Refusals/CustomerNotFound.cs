namespace PlanningServicesBot.Domain.Refusals;

/// <summary>No customer has this agreement number.</summary>
/// <param name="AgreementNumber">The agreement number given.</param>
public sealed record CustomerNotFound(string AgreementNumber) : Refusal;
