namespace BotRuntime.Hosting;

/// <summary>How the Connector client retries throttled (429) and failed (5xx) calls.</summary>
public sealed class ConnectorRetryOptions
{
    /// <summary>Attempts in all, the first included.</summary>
    public int MaxAttempts { get; set; } = 4;

    public TimeSpan BaseDelay { get; set; } = TimeSpan.FromMilliseconds(500);

    /// <summary>Upper bound of one wait, including one asked for by Retry-After.</summary>
    public TimeSpan MaxDelay { get; set; } = TimeSpan.FromSeconds(10);
}
