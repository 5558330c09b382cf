namespace BotRuntime.Authentication;

/// <summary>Whether a channel request may run a turn: authenticated, anonymous (auth disabled), or refused with a reason for the log.</summary>
public sealed record ChannelAuthenticationResult(bool Succeeded, bool IsAnonymous, string? CallerId, string? Issuer, string? FailureReason)
{
    public static ChannelAuthenticationResult Anonymous { get; } = new(true, true, null, null, null);

    public static ChannelAuthenticationResult Authenticated(string issuer, string callerId) => new(true, false, callerId, issuer, null);

    public static ChannelAuthenticationResult Refused(string reason) => new(false, false, null, null, reason);
}
