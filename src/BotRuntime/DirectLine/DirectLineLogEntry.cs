namespace BotRuntime.DirectLine;

/// <summary>One activity of a conversation's log: its sequence number (the watermark after it) and its JSON as clients receive it.</summary>
public sealed record DirectLineLogEntry(long Sequence, string ActivityJson);
