namespace BotRuntime.DirectLine;

/// <summary>The embedded Direct Line 3.0 channel, from the <c>DirectLine</c> configuration section.</summary>
public sealed class DirectLineOptions
{
    public const string SectionName = "DirectLine";

    /// <summary>
    /// Secrets an embedding site may present (<c>Authorization: Bearer &lt;secret&gt;</c>) to generate tokens and start
    /// conversations. None configured: only tokens the app issues itself are accepted.
    /// </summary>
    public List<string> Secrets { get; set; } = [];

    /// <summary>
    /// The HMAC-SHA256 key tokens are signed with, at least 32 characters. Empty: a random key kept in the
    /// Direct Line store, so every instance sharing the store accepts the same tokens, also after a restart.
    /// </summary>
    public string? TokenSigningKey { get; set; }

    public TimeSpan TokenLifetime { get; set; } = TimeSpan.FromMinutes(30);

    /// <summary>Largest accepted request body (one activity), in bytes; Azure's limit is 256K characters.</summary>
    public int MaxActivityBytes { get; set; } = 256 * 1024;

    /// <summary>Activities a conversation may post per minute; more are refused with 429 and Retry-After.</summary>
    public int MaxActivitiesPerMinute { get; set; } = 60;

    /// <summary>Most activities one GET (or one stream frame) returns; clients page on by the watermark.</summary>
    public int MaxActivitiesPerRead { get; set; } = 100;

    /// <summary>How often an idle stream sends an empty keep-alive frame and looks for activities other instances logged.</summary>
    public TimeSpan KeepAliveInterval { get; set; } = TimeSpan.FromSeconds(15);

    /// <summary>The bot's account in this channel: the recipient of user activities and the sender of its replies.</summary>
    public string BotId { get; set; } = "bot";

    public string? BotName { get; set; }
}
