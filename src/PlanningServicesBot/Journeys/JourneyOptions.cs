namespace PlanningServicesBot.Journeys;

/// <summary>What the user already said when a journey starts, e.g. the voucher number in "when must I redeem 7K2Q-XJ4M-0B9C?".</summary>
public sealed class JourneyOptions
{
    public string? VoucherNumber { get; set; }
}
