namespace PlanningServicesBot.Domain.Refusals;

/// <summary>The location is not in the country where the engagement is delivered.</summary>
/// <param name="LocationId">The location.</param>
/// <param name="LocationCountry">The location's country.</param>
/// <param name="DeliveryCountry">The delivery country.</param>
public sealed record LocationCountryMismatch(string LocationId, string LocationCountry, string DeliveryCountry) : Refusal;
