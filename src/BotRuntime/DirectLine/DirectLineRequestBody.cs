using BotRuntime.Schema;

namespace BotRuntime.DirectLine;

/// <summary>
/// The optional body of token generate (TokenParameters) and of conversation start, where DirectLineJS sends
/// <c>{ user: { id }, locale }</c>. Other fields (trustedOrigins, eTag) are ignored.
/// </summary>
internal sealed class DirectLineRequestBody
{
    public ChannelAccount? User { get; set; }

    public string? Locale { get; set; }
}
