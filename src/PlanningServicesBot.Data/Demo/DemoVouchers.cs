namespace PlanningServicesBot.Data.Demo;

/// <summary>
/// Demo vouchers worth knowing by number, one per journey or edge, on the demo date they are seeded for.
/// The other demo vouchers have generated numbers.
/// </summary>
public static class DemoVouchers
{
    /// <summary>Assigned and far from expiry: a customer can check its status with number and admin e-mail.</summary>
    public static DemoVoucher StatusCheck { get; } = Of("4QZL-7WNB-HX2E", 5, "Assigned; the customer status check");

    /// <summary>Assigned DDPS 5 days in Germany, which Fabrikam can reserve.</summary>
    public static DemoVoucher ReadyToReserve { get; } = Of("9PXF-2MRC-KD4T", 2, "Assigned DDPS 5 days; Fabrikam can reserve it");

    /// <summary>Reserved by Fabrikam; the engagement took place, the completion report is due.</summary>
    public static DemoVoucher ReadyForCompletionReport { get; } = Of("D2CR-8NFT-5HWQ", 1, "Reserved by Fabrikam, delivered, report not yet submitted");

    /// <summary>Delivered by Fabrikam, ready to be redeemed.</summary>
    public static DemoVoucher ReadyToRedeem { get; } = Of("7K2Q-XJ4M-0B9C", 1, "Delivered by Fabrikam; redeem it");

    /// <summary>Assigned; its last day is the demo date.</summary>
    public static DemoVoucher ExpiresToday { get; } = Of("T6JD-3KVA-9RMW", 3, "Assigned; expires today");

    /// <summary>Assigned; its last day is the day after the demo date.</summary>
    public static DemoVoucher ExpiresTomorrow { get; } = Of("B8NR-5ZKC-7TQE", 11, "Assigned; expires tomorrow");

    /// <summary>Created before 2020-04-01, so it lives 90 days longer; still usable, reserved by Fabrikam.</summary>
    public static DemoVoucher CovidExtended { get; } = Of("V5CW-8PLM-3RXA", 4, "COVID-19 extension (+90 days); reserved, expires soon");

    /// <summary>Delivered fully remotely in May 2020 under the COVID-19 waiver, and paid.</summary>
    public static DemoVoucher RemoteDuringCovid { get; } = Of("R2MT-6HDW-9QJC", 1, "Delivered remotely under the 2020 waiver; paid");

    /// <summary>Created before 2020-04-01 but assigned in 2021: its extended life would run past 2022-01-01, so that day caps it.</summary>
    public static DemoVoucher CappedByLastRedemptionDay { get; } = Of("K7CP-4YNA-8DGF", 12, "Last day capped by the last redemption day 2022-01-01");

    /// <summary>Reserved in January 2020 for Office 365 Planning, a cloud engagement retired on 2020-02-01; never delivered, expired.</summary>
    public static DemoVoucher RetiredEngagement { get; } = Of("F3HX-9RWA-5KLE", 2, "Reservation for a retired cloud engagement; expired");

    /// <summary>Redeemed by Fabrikam; its payment request window closes within the week.</summary>
    public static DemoVoucher PaymentWindowClosingThisWeek { get; } = Of("P9WN-3XCL-6SBT", 1, "Redeemed; payment request window closes this week");

    /// <summary>A Korean customer's voucher reserved by Proseware under its Japanese location, where the engagement is delivered.</summary>
    public static DemoVoucher ReservedAbroad { get; } = Of("A7LG-2BKR-4MJP", 23, "Reserved at a location in another country than the customer's");

    /// <summary>Reserved by Northwind, then cancelled: Assigned again, with its original expiry.</summary>
    public static DemoVoucher ReservationCancelled { get; } = Of("X4CN-7LRB-2PTD", 6, "Reservation cancelled; Assigned again");

    /// <summary>Redeemed by Proseware, which has not registered in SAVB yet: its global admin must register first.</summary>
    public static DemoVoucher SavbRegistrationPending { get; } = Of("S8VB-3QKM-6RNA", 20, "Redeemed; Proseware must register in SAVB before requesting payment");

    /// <summary>Assigned and never reserved: it expired.</summary>
    public static DemoVoucher Expired { get; } = Of("E5XP-9TMD-3WLC", 7, "Never reserved; expired");

    /// <summary>Went through every step and was paid.</summary>
    public static DemoVoucher Paid { get; } = Of("Y6PD-4KHR-8ZNB", 15, "Paid");

    /// <summary>Every well-known demo voucher.</summary>
    public static IReadOnlyList<DemoVoucher> All { get; } =
    [
        StatusCheck, ReadyToReserve, ReadyForCompletionReport, ReadyToRedeem, ExpiresToday, ExpiresTomorrow, CovidExtended,
        RemoteDuringCovid, CappedByLastRedemptionDay, RetiredEngagement, PaymentWindowClosingThisWeek, ReservedAbroad,
        ReservationCancelled, SavbRegistrationPending, Expired, Paid,
    ];

    private static DemoVoucher Of(string number, int customer, string shows) =>
        new(number, DemoCustomers.AgreementNumber(customer), DemoCustomers.AdminEmail(customer), shows);
}
