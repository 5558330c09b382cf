namespace PlanningServicesBot.Domain.Refusals;

/// <summary>The customer does not have enough Planning Services days left.</summary>
/// <param name="Balance">Days left.</param>
/// <param name="Requested">Days the voucher needs.</param>
public sealed record InsufficientDays(int Balance, int Requested) : Refusal;
