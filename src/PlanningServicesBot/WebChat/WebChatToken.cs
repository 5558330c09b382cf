namespace PlanningServicesBot.WebChat;

/// <summary>A Direct Line token for the page, where to use it, and the user it is bound to.</summary>
public sealed record WebChatToken(string Domain, string ConversationId, string Token, int ExpiresIn, string UserId, string? UserName);
