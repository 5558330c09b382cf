namespace BotRuntime.Schema;

public static class CallerIdConstants
{
    public const string PublicAzureChannel = "urn:botframework:azure";
    public const string BotToBotPrefix = "urn:botframework:aadappid:";
}
