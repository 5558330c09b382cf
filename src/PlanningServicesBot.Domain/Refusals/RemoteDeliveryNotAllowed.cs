using NodaTime;

namespace PlanningServicesBot.Domain.Refusals;

/// <summary>Fully remote delivery is only allowed for engagements ending by a date that has passed.</summary>
/// <param name="AllowedThrough">The last day remote delivery was allowed.</param>
public sealed record RemoteDeliveryNotAllowed(LocalDate AllowedThrough) : Refusal;
