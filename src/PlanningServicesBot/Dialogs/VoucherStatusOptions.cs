namespace PlanningServicesBot.Dialogs;

/// <summary>How the status check starts: with the voucher number when the user already typed one.</summary>
public sealed class VoucherStatusOptions
{
    public string? VoucherNumber { get; set; }
}
