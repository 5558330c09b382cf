namespace PlanningServicesBot.Domain.Refusals;

/// <summary>A required field was empty or out of range.</summary>
/// <param name="Field">The name of the field.</param>
public sealed record InputMissing(string Field) : Refusal;
