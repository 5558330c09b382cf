namespace BotRuntime.DirectLine;

public enum DirectLineTokenStatus
{
    Valid,

    /// <summary>Signed by us but past its expiry: the client must get a new token (refresh no longer works).</summary>
    Expired,

    /// <summary>Not a token we signed, or not a token at all.</summary>
    Invalid,
}
