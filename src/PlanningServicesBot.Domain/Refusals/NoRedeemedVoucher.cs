namespace PlanningServicesBot.Domain.Refusals;

/// <summary>SAVB registration needs at least one redeemed voucher of the offering.</summary>
/// <param name="Offering">The offering acronym.</param>
public sealed record NoRedeemedVoucher(string Offering) : Refusal;
