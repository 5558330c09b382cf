using NodaTime;

namespace PlanningServicesBot.Domain.Refusals;

/// <summary>The window for requesting payment after redemption has passed.</summary>
/// <param name="LastDay">The last day payment could be requested.</param>
public sealed record PaymentWindowClosed(LocalDate LastDay) : Refusal;
