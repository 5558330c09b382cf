namespace BotRuntime.Schema;

public static class ActivityEventNames
{
    public const string ContinueConversation = "ContinueConversation";
    public const string CreateConversation = "CreateConversation";
    public const string TokenResponse = "tokens/response";
}
