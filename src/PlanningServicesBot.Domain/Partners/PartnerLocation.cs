namespace PlanningServicesBot.Domain.Partners;

/// <summary>An MPN location of a partner; engagements are processed under a location in the delivery country.</summary>
/// <param name="LocationId">The MPN location id.</param>
/// <param name="CountryCode">ISO 3166-1 alpha-2 country code, upper case.</param>
public sealed record PartnerLocation(string LocationId, string CountryCode);
