namespace PlanningServicesBot.Cards;

/// <summary>The templates in cards/, one per screen.</summary>
public static class CardNames
{
    public const string Welcome = "welcome";
    public const string MainMenu = "main-menu";
    public const string Help = "help";
    public const string VoucherStatus = "voucher-status";
    public const string VoucherPicker = "voucher-picker";
}
