namespace BotRuntime.DirectLine;

/// <summary>The outcome of reading a presented token; <see cref="Token"/> is set only when it is valid.</summary>
public sealed record DirectLineTokenReading(DirectLineTokenStatus Status, DirectLineToken? Token = null)
{
    public static DirectLineTokenReading Expired { get; } = new(DirectLineTokenStatus.Expired);

    public static DirectLineTokenReading Invalid { get; } = new(DirectLineTokenStatus.Invalid);
}
