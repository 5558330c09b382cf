namespace BotRuntime.DirectLine;

/// <summary>What a verified token grants: one conversation, as one user, until it expires.</summary>
public sealed record DirectLineToken(string ConversationId, DirectLineUser User, DateTimeOffset ExpiresAt);
