namespace PlanningServicesBot.Domain.Vouchers;

/// <summary>The lifecycle transitions, as recorded in the audit log.</summary>
public enum VoucherTransition
{
    /// <summary>Created and assigned by the customer.</summary>
    Issue,

    /// <summary>Reserved by a partner.</summary>
    Reserve,

    /// <summary>Reservation cancelled; back to Assigned.</summary>
    CancelReservation,

    /// <summary>Completion report submitted; Delivered.</summary>
    SubmitCompletionReport,

    /// <summary>Redeemed.</summary>
    Redeem,

    /// <summary>Payment requested.</summary>
    RequestPayment,

    /// <summary>Paid.</summary>
    MarkPaid,
}
