namespace PlanningServicesBot.WebChat;

/// <summary>What the page needs to draw its pickers and connect: GET /webchat/settings.</summary>
public sealed record WebChatSettings(
    bool Demo,
    string JoinEventName,
    bool WebSocket,
    IReadOnlyList<WebChatLanguage> Languages,
    IReadOnlyList<WebChatIdentityChoice> Identities);
