namespace PlanningServicesBot.Domain.Vouchers;

/// <summary>What a voucher's status is on a given day: its state, or Expired when its last day passed unredeemed.</summary>
public enum VoucherStatus
{
    /// <summary>Assigned and still usable.</summary>
    Assigned,

    /// <summary>Reserved and still usable.</summary>
    Reserved,

    /// <summary>Delivered and still redeemable.</summary>
    Delivered,

    /// <summary>Redeemed.</summary>
    Redeemed,

    /// <summary>Payment requested.</summary>
    PaymentRequested,

    /// <summary>Paid.</summary>
    Paid,

    /// <summary>The last day passed before the voucher was redeemed.</summary>
    Expired,
}
