namespace PlanningServicesBot.Domain.Vouchers;

/// <summary>The stored lifecycle state of a voucher. "Expired" is not stored: see <see cref="VoucherStatus"/>.</summary>
public enum VoucherState
{
    /// <summary>Created and assigned by the customer; may be reserved.</summary>
    Assigned,

    /// <summary>Reserved by a partner for an engagement.</summary>
    Reserved,

    /// <summary>Delivered: the completion report was submitted.</summary>
    Delivered,

    /// <summary>Redeemed by the partner.</summary>
    Redeemed,

    /// <summary>Payment was requested in SAVB.</summary>
    PaymentRequested,

    /// <summary>Microsoft paid the partner.</summary>
    Paid,
}
