using BotRuntime.Hosting;
using BotRuntime.Schema;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace BotRuntime.Authentication;

/// <summary>
/// Checks the Authorization header of a channel request as the Bot Framework requires: an RS256 JWT
/// signed by a published key, from the channel, Emulator or tenant issuer, for this bot's app id,
/// within its lifetime, and (from the channel) bound to the activity's serviceUrl.
/// </summary>
public sealed class ChannelRequestAuthenticator
{
    public const string HttpClientName = "BotRuntime.OpenIdMetadata";

    // Without an app id every request is let in alike: one completed task serves them all.
    private static readonly Task<ChannelAuthenticationResult> Anonymous = Task.FromResult(ChannelAuthenticationResult.Anonymous);

    private readonly BotCredentialsOptions credentials;
    private readonly BotRuntimeOptions options;
    private readonly TimeProvider timeProvider;
    private readonly ILogger<ChannelRequestAuthenticator> logger;
    private readonly OpenIdSigningKeySource channelKeys;
    private readonly OpenIdSigningKeySource aadKeys;

    public ChannelRequestAuthenticator(
        IOptions<BotCredentialsOptions> credentials,
        IOptions<BotRuntimeOptions> options,
        IHttpClientFactory httpClientFactory,
        TimeProvider timeProvider,
        ILogger<ChannelRequestAuthenticator> logger)
    {
        this.credentials = credentials.Value;
        this.options = options.Value;
        this.timeProvider = timeProvider;
        this.logger = logger;
        HttpClient CreateHttpClient() => httpClientFactory.CreateClient(HttpClientName);
        channelKeys = new OpenIdSigningKeySource(CreateHttpClient, this.options.ChannelOpenIdMetadataUrl, this.options.SigningKeyRefreshInterval, this.options.UnknownKeyRefreshCooldown, timeProvider, logger);
        aadKeys = new OpenIdSigningKeySource(CreateHttpClient, this.options.EmulatorOpenIdMetadataUrl, this.options.SigningKeyRefreshInterval, this.options.UnknownKeyRefreshCooldown, timeProvider, logger);
    }

    public Task<ChannelAuthenticationResult> AuthenticateAsync(string? authorizationHeader, Activity activity, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(activity);
        return credentials.IsAuthenticationDisabled ? Anonymous : AuthenticateWithTokenAsync(authorizationHeader, activity, cancellationToken);
    }

    private async Task<ChannelAuthenticationResult> AuthenticateWithTokenAsync(string? authorizationHeader, Activity activity, CancellationToken cancellationToken)
    {
        var result = await ValidateAsync(authorizationHeader, activity, cancellationToken).ConfigureAwait(false);
        if (!result.Succeeded)
        {
            logger.LogWarning("Refused a {ChannelId} request: {Reason}", activity.ChannelId, result.FailureReason);
        }

        return result;
    }

    private async Task<ChannelAuthenticationResult> ValidateAsync(string? authorizationHeader, Activity activity, CancellationToken cancellationToken)
    {
        if (string.IsNullOrWhiteSpace(authorizationHeader))
        {
            return ChannelAuthenticationResult.Refused("no Authorization header");
        }

        var parts = authorizationHeader.Split(' ');
        if (parts.Length != 2 || !string.Equals(parts[0], "Bearer", StringComparison.OrdinalIgnoreCase))
        {
            return ChannelAuthenticationResult.Refused("the Authorization header is not 'Bearer <token>'");
        }

        if (!JsonWebToken.TryParse(parts[1], out var token))
        {
            return ChannelAuthenticationResult.Refused("the bearer token is not a well-formed JWT");
        }

        // Only RS256 is accepted: this rules out 'none' and any HMAC confusion with public keys.
        if (token.Algorithm != "RS256")
        {
            return ChannelAuthenticationResult.Refused($"token algorithm '{token.Algorithm}' is not RS256");
        }

        var issuer = token.Issuer;
        var isChannel = issuer == AuthenticationConstants.ChannelIssuer;
        if (!isChannel && !IsAadIssuer(issuer))
        {
            return ChannelAuthenticationResult.Refused($"issuer '{issuer}' is not trusted");
        }

        if (token.KeyId is not { } keyId)
        {
            return ChannelAuthenticationResult.Refused("the token names no signing key");
        }

        var key = await (isChannel ? channelKeys : aadKeys).FindAsync(keyId, cancellationToken).ConfigureAwait(false);
        if (key is null)
        {
            return ChannelAuthenticationResult.Refused($"signing key '{keyId}' is unknown");
        }

        if (!key.VerifyRs256(token.SignedData, token.Signature))
        {
            return ChannelAuthenticationResult.Refused("the signature is invalid");
        }

        if (!string.IsNullOrEmpty(activity.ChannelId) && key.Endorsements is { } endorsements && !endorsements.Contains(activity.ChannelId, StringComparer.Ordinal))
        {
            return ChannelAuthenticationResult.Refused($"signing key '{keyId}' is not endorsed for channel '{activity.ChannelId}'");
        }

        if (!token.Audiences.Contains(credentials.MicrosoftAppId, StringComparer.Ordinal))
        {
            return ChannelAuthenticationResult.Refused("the token is meant for another audience");
        }

        var now = timeProvider.GetUtcNow();
        if (token.Expires is not { } expires || now > expires + options.ClockSkew)
        {
            return ChannelAuthenticationResult.Refused("the token has expired or has no expiry");
        }

        if (token.NotBefore is { } notBefore && now < notBefore - options.ClockSkew)
        {
            return ChannelAuthenticationResult.Refused("the token is not valid yet");
        }

        return isChannel ? ValidateChannelClaims(token, activity) : ValidateAadClaims(token);
    }

    private static ChannelAuthenticationResult ValidateChannelClaims(JsonWebToken token, Activity activity)
    {
        var serviceUrl = token.GetClaim(AuthenticationConstants.ServiceUrlClaim);
        if (string.IsNullOrEmpty(serviceUrl) || !string.Equals(serviceUrl, activity.ServiceUrl, StringComparison.OrdinalIgnoreCase))
        {
            return ChannelAuthenticationResult.Refused("the token's serviceurl claim does not match the activity's serviceUrl");
        }

        return ChannelAuthenticationResult.Authenticated(AuthenticationConstants.ChannelIssuer, CallerIdConstants.PublicAzureChannel);
    }

    private ChannelAuthenticationResult ValidateAadClaims(JsonWebToken token)
    {
        var callerAppId = token.GetClaim("ver") switch
        {
            "1.0" => token.GetClaim("appid"),
            "2.0" => token.GetClaim("azp"),
            _ => null,
        };
        if (!string.Equals(callerAppId, credentials.MicrosoftAppId, StringComparison.Ordinal))
        {
            return ChannelAuthenticationResult.Refused("the token's version or calling app id does not match this bot");
        }

        return ChannelAuthenticationResult.Authenticated(token.Issuer!, CallerIdConstants.PublicAzureChannel);
    }

    private bool IsAadIssuer(string? issuer) =>
        issuer is not null
        && (AuthenticationConstants.EmulatorIssuers.Contains(issuer, StringComparer.Ordinal)
            || (!string.IsNullOrWhiteSpace(credentials.MicrosoftAppTenantId)
                && AuthenticationConstants.TenantIssuers(credentials.MicrosoftAppTenantId).Contains(issuer, StringComparer.Ordinal)));
}
