namespace PlanningServicesBot.Domain.Refusals;

/// <summary>The customer has not activated the Planning Services benefit.</summary>
/// <param name="AgreementNumber">The customer's agreement.</param>
public sealed record BenefitNotActivated(string AgreementNumber) : Refusal;
