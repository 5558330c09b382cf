namespace BotRuntime.DirectLine;

/// <summary>A started conversation: who started it, when, and the sequence number of its newest logged activity (0 when none).</summary>
public sealed record DirectLineConversation(string Id, string UserId, DateTimeOffset StartedAt, long LastSequence = 0);
