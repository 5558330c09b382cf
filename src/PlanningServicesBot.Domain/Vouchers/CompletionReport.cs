using NodaTime;

namespace PlanningServicesBot.Domain.Vouchers;

/// <summary>The completion report submitted after delivery.</summary>
/// <param name="DeliveryStart">Actual first day of delivery.</param>
/// <param name="DeliveryEnd">Actual last day of delivery.</param>
/// <param name="ConsultantId">The consultant who led delivery.</param>
/// <param name="OffsiteDays">Days delivered off-site.</param>
/// <param name="CompletionReportConfirmed">The Planning Services completion report was completed.</param>
/// <param name="CustomerDeliverableConfirmed">The customer planning deliverable was handed over.</param>
/// <param name="Summary">A short summary of the engagement.</param>
/// <param name="SubmittedOn">The day the report was submitted.</param>
public sealed record CompletionReport(
    LocalDate DeliveryStart,
    LocalDate DeliveryEnd,
    string ConsultantId,
    int OffsiteDays,
    bool CompletionReportConfirmed,
    bool CustomerDeliverableConfirmed,
    string Summary,
    LocalDate SubmittedOn);
