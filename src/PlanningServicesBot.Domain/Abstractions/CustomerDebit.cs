namespace PlanningServicesBot.Domain.Abstractions;

/// <summary>Days taken from a customer's balance as part of a voucher change.</summary>
/// <param name="AgreementNumber">The customer.</param>
/// <param name="Days">Days to take; the change must fail if the balance is lower.</param>
public sealed record CustomerDebit(string AgreementNumber, int Days);
