namespace PlanningServicesBot.Domain.Refusals;

/// <summary>The voucher's length in days is not one the engagement (or program) allows.</summary>
/// <param name="VoucherDays">The voucher's days.</param>
/// <param name="Allowed">The allowed lengths.</param>
public sealed record LengthMismatch(int VoucherDays, IReadOnlyList<int> Allowed) : Refusal;
