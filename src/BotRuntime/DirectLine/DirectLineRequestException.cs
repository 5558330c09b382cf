namespace BotRuntime.DirectLine;

/// <summary>A request the channel refuses; the endpoint turns it into a Direct Line error body with this status.</summary>
internal sealed class DirectLineRequestException(int status, string code, string message, TimeSpan? retryAfter = null) : Exception(message)
{
    public int Status { get; } = status;

    public string Code { get; } = code;

    public TimeSpan? RetryAfter { get; } = retryAfter;
}
