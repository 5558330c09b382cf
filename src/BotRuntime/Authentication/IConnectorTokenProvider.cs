namespace BotRuntime.Authentication;

/// <summary>Supplies the bearer token for calls to a channel's Connector API; null when the bot runs without an app id.</summary>
public interface IConnectorTokenProvider
{
    Task<string?> GetTokenAsync(CancellationToken cancellationToken = default);
}
