namespace PlanningServicesBot.Domain.Refusals;

/// <summary>The partner has no MPN location in the delivery country.</summary>
/// <param name="DeliveryCountry">The delivery country.</param>
public sealed record NoLocationInCountry(string DeliveryCountry) : Refusal;
