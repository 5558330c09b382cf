namespace PlanningServicesBot.Domain.Refusals;

/// <summary>The voucher is held by another partner or belongs to another customer.</summary>
public sealed record NotYourVoucher : Refusal;
