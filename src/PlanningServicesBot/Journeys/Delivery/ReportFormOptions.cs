namespace PlanningServicesBot.Journeys.Delivery;

/// <summary>How the completion report form is (re)opened: for a voucher, and when it comes back for correction, with what was entered and why.</summary>
internal sealed class ReportFormOptions
{
    public required string VoucherNumber { get; init; }

    /// <summary>The operation id of the form; kept when the form comes back, since nothing was done under it.</summary>
    public string? OpId { get; init; }

    public Dictionary<string, string>? Values { get; init; }

    public string? Notice { get; init; }
}
