using System.Net.Http.Json;
using System.Text.Json;
using BotRuntime.Hosting;
using Microsoft.Extensions.Options;

namespace BotRuntime.Authentication;

/// <summary>Gets Connector tokens with the OAuth client-credentials grant and reuses each until shortly before it expires.</summary>
public sealed class ClientCredentialsTokenProvider : IConnectorTokenProvider
{
    public const string HttpClientName = "BotRuntime.TokenEndpoint";

    private static readonly TimeSpan RenewBeforeExpiry = TimeSpan.FromMinutes(5);

    private readonly BotCredentialsOptions credentials;
    private readonly BotRuntimeOptions options;
    private readonly IHttpClientFactory httpClientFactory;
    private readonly TimeProvider timeProvider;
    private readonly SemaphoreSlim gate = new(1, 1);
    private (string Token, DateTimeOffset RenewAt)? cached;

    public ClientCredentialsTokenProvider(IOptions<BotCredentialsOptions> credentials, IOptions<BotRuntimeOptions> options, IHttpClientFactory httpClientFactory, TimeProvider timeProvider)
    {
        this.credentials = credentials.Value;
        this.options = options.Value;
        this.httpClientFactory = httpClientFactory;
        this.timeProvider = timeProvider;
    }

    public string TokenEndpoint => string.IsNullOrWhiteSpace(options.TokenEndpoint)
        ? $"{AuthenticationConstants.DefaultTokenAuthority}/{(credentials.IsSingleTenant ? credentials.MicrosoftAppTenantId : AuthenticationConstants.MultiTenantTokenTenant)}/oauth2/v2.0/token"
        : options.TokenEndpoint;

    public async Task<string?> GetTokenAsync(CancellationToken cancellationToken = default)
    {
        if (credentials.IsAuthenticationDisabled)
        {
            return null;
        }

        if (cached is { } current && timeProvider.GetUtcNow() < current.RenewAt)
        {
            return current.Token;
        }

        await gate.WaitAsync(cancellationToken).ConfigureAwait(false);
        try
        {
            if (cached is { } fresh && timeProvider.GetUtcNow() < fresh.RenewAt)
            {
                return fresh.Token;
            }

            var (token, lifetime) = await RequestTokenAsync(cancellationToken).ConfigureAwait(false);
            var renewBefore = lifetime > RenewBeforeExpiry * 2 ? RenewBeforeExpiry : lifetime / 2;
            cached = (token, timeProvider.GetUtcNow() + lifetime - renewBefore);
            return token;
        }
        finally
        {
            gate.Release();
        }
    }

    private async Task<(string Token, TimeSpan Lifetime)> RequestTokenAsync(CancellationToken cancellationToken)
    {
        using var form = new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["grant_type"] = "client_credentials",
            ["client_id"] = credentials.MicrosoftAppId!,
            ["client_secret"] = credentials.MicrosoftAppPassword ?? string.Empty,
            ["scope"] = options.ConnectorScope,
        });

        try
        {
            var http = httpClientFactory.CreateClient(HttpClientName);
            using var response = await http.PostAsync(TokenEndpoint, form, cancellationToken).ConfigureAwait(false);
            if (!response.IsSuccessStatusCode)
            {
                throw new ConnectorTokenException($"The token endpoint answered {(int)response.StatusCode}.");
            }

            using var body = await response.Content.ReadFromJsonAsync<JsonDocument>(cancellationToken).ConfigureAwait(false);
            var root = body?.RootElement ?? default;
            if (root.ValueKind != JsonValueKind.Object
                || !root.TryGetProperty("access_token", out var accessToken) || accessToken.ValueKind != JsonValueKind.String)
            {
                throw new ConnectorTokenException("The token endpoint's answer has no access_token.");
            }

            var seconds = root.TryGetProperty("expires_in", out var expiresIn) ? expiresIn.ValueKind switch
            {
                JsonValueKind.Number when expiresIn.TryGetInt32(out var n) => n,
                JsonValueKind.String when int.TryParse(expiresIn.GetString(), out var n) => n,
                _ => 0,
            } : 0;
            return (accessToken.GetString()!, TimeSpan.FromSeconds(Math.Max(seconds, 60)));
        }
        catch (Exception exception) when (exception is HttpRequestException or JsonException or TaskCanceledException && !cancellationToken.IsCancellationRequested)
        {
            throw new ConnectorTokenException("The token endpoint could not be reached or answered unreadably.", exception);
        }
    }
}
