namespace BotRuntime.Schema;

public static class ActivityImportance
{
    public const string Low = "low";
    public const string Normal = "normal";
    public const string High = "high";
}
