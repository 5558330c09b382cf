namespace PlanningServicesBot.Domain.Deadlines;

/// <summary>What must be done by a voucher deadline.</summary>
public enum DeadlineKind
{
    /// <summary>Reserve the voucher.</summary>
    Reserve,

    /// <summary>Deliver the engagement and submit the completion report.</summary>
    Deliver,

    /// <summary>Redeem the voucher.</summary>
    Redeem,

    /// <summary>Request payment in SAVB.</summary>
    RequestPayment,
}
