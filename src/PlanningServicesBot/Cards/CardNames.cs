namespace PlanningServicesBot.Cards;

/// <summary>The templates in cards/, one per screen.</summary>
public static class CardNames
{
    public const string Welcome = "welcome";
    public const string MainMenu = "main-menu";
    public const string Help = "help";
    public const string VoucherStatus = "voucher-status";
    public const string VoucherPicker = "voucher-picker";
    public const string VoucherTimeline = "voucher-timeline";
    public const string MyVouchers = "my-vouchers";
    public const string ReserveEngagement = "reserve-engagement";
    public const string ReserveLocation = "reserve-location";
    public const string ReserveConsultant = "reserve-consultant";
    public const string ReserveDates = "reserve-dates";
    public const string ReserveConfirm = "reserve-confirm";
    public const string VoucherReserved = "voucher-reserved";
    public const string ReservationCancelConfirm = "reservation-cancel-confirm";
    public const string ReservationCancelled = "reservation-cancelled";
    public const string EligibilityQuestion = "eligibility-question";
    public const string EligibilityResult = "eligibility-result";
    public const string ProgramTimeline = "program-timeline";
    public const string SupportContact = "support-contact";
    public const string SupportRequestRecorded = "support-request-recorded";
    public const string CompletionReportForm = "completion-report-form";
    public const string CompletionReportSubmitted = "completion-report-submitted";
    public const string RedeemConfirm = "redeem-confirm";
    public const string VouchersRedeemed = "vouchers-redeemed";
    public const string Payments = "payments";
    public const string SavbRegistration = "savb-registration";
    public const string PaymentRequestForm = "payment-request-form";
    public const string PaymentRequested = "payment-requested";
}
