namespace PlanningServicesBot.WebChat;

/// <summary>The page's request for a token: POST /webchat/token with the identity key chosen (none: a customer).</summary>
public sealed record WebChatTokenRequest(string? Identity);
