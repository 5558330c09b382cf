namespace BotRuntime.Hosting;

public static class MicrosoftAppTypes
{
    public const string MultiTenant = "MultiTenant";
    public const string SingleTenant = "SingleTenant";
    public const string UserAssignedMsi = "UserAssignedMSI";
}
