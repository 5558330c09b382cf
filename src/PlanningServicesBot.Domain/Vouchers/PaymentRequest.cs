using NodaTime;

namespace PlanningServicesBot.Domain.Vouchers;

/// <summary>The partner's payment request in SAVB.</summary>
/// <param name="Reference">The SAVB reference number.</param>
/// <param name="RequestedOn">The day payment was requested.</param>
public sealed record PaymentRequest(string Reference, LocalDate RequestedOn);
