namespace PlanningServicesBot.Domain.Refusals;

/// <summary>A payment request needs the SAVB reference.</summary>
public sealed record PaymentReferenceMissing : Refusal;
