namespace PlanningServicesBot.Intents;

/// <summary>What a user asks for, from a card button or typed words.</summary>
public enum UserIntent
{
    None,
    Help,
    Cancel,
    StartOver,
    Menu,
    VoucherStatus,
    Eligibility,
    Reserve,
    CancelReservation,
    CompletionReport,
    Redeem,
    Payment,
    MyVouchers,
    VoucherDeadlines,
    ProgramTimeline,
    ContactSupport,
}
