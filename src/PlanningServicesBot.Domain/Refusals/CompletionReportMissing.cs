namespace PlanningServicesBot.Domain.Refusals;

/// <summary>The voucher cannot be redeemed before the completion report is submitted.</summary>
public sealed record CompletionReportMissing : Refusal;
