using NodaTime;

namespace PlanningServicesBot.Domain.Vouchers;

/// <summary>A user of the reserving partner reports the engagement delivered.</summary>
/// <param name="Number">The voucher.</param>
/// <param name="DeliveryStart">Actual first day of delivery.</param>
/// <param name="DeliveryEnd">Actual last day of delivery.</param>
/// <param name="ConsultantId">The consultant who led delivery.</param>
/// <param name="OffsiteDays">Days delivered off-site.</param>
/// <param name="CompletionReportConfirmed">The completion report was completed.</param>
/// <param name="CustomerDeliverableConfirmed">The customer planning deliverable was handed over.</param>
/// <param name="Summary">A short summary of the engagement.</param>
public sealed record SubmitCompletionReport(
    VoucherNumber Number,
    LocalDate DeliveryStart,
    LocalDate DeliveryEnd,
    string ConsultantId,
    int OffsiteDays,
    bool CompletionReportConfirmed,
    bool CustomerDeliverableConfirmed,
    string Summary);
