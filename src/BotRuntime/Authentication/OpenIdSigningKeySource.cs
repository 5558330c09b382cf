using System.Buffers.Text;
using System.Security.Cryptography;
using System.Text.Json;
using Microsoft.Extensions.Logging;

namespace BotRuntime.Authentication;

/// <summary>
/// Signing keys published through one OpenID metadata document: read from its jwks_uri, cached,
/// re-read periodically, and re-read early (at most once per cooldown) when a token names an unknown key.
/// </summary>
internal sealed class OpenIdSigningKeySource(
    Func<HttpClient> createHttpClient,
    string metadataUrl,
    TimeSpan refreshInterval,
    TimeSpan unknownKeyCooldown,
    TimeProvider timeProvider,
    ILogger logger)
{
    private const int MinimumModulusBits = 2048;
    private readonly SemaphoreSlim refreshGate = new(1, 1);
    private IReadOnlyDictionary<string, SigningKey>? keys;
    private DateTimeOffset fetchedAt;
    private DateTimeOffset? lastUnknownKeyRefresh;

    public async Task<SigningKey?> FindAsync(string keyId, CancellationToken cancellationToken)
    {
        var now = timeProvider.GetUtcNow();
        if (keys is null || now - fetchedAt >= refreshInterval)
        {
            await RefreshAsync(staleBefore: now - refreshInterval, cancellationToken).ConfigureAwait(false);
        }

        if (keys is not null && keys.TryGetValue(keyId, out var key))
        {
            return key;
        }

        await refreshGate.WaitAsync(cancellationToken).ConfigureAwait(false);
        try
        {
            now = timeProvider.GetUtcNow();
            if (lastUnknownKeyRefresh is { } last && now - last < unknownKeyCooldown)
            {
                return keys?.GetValueOrDefault(keyId);
            }

            lastUnknownKeyRefresh = now;
            await FetchAsync(cancellationToken).ConfigureAwait(false);
        }
        finally
        {
            refreshGate.Release();
        }

        return keys?.GetValueOrDefault(keyId);
    }

    private async Task RefreshAsync(DateTimeOffset staleBefore, CancellationToken cancellationToken)
    {
        await refreshGate.WaitAsync(cancellationToken).ConfigureAwait(false);
        try
        {
            // Another request may have refreshed while this one waited.
            if (keys is null || fetchedAt <= staleBefore)
            {
                await FetchAsync(cancellationToken).ConfigureAwait(false);
            }
        }
        finally
        {
            refreshGate.Release();
        }
    }

    private async Task FetchAsync(CancellationToken cancellationToken)
    {
        try
        {
            using var metadata = await GetJsonAsync(metadataUrl, cancellationToken).ConfigureAwait(false);
            var jwksUri = metadata.RootElement.TryGetProperty("jwks_uri", out var uri) && uri.ValueKind == JsonValueKind.String
                ? uri.GetString()
                : null;
            if (!Uri.TryCreate(jwksUri, UriKind.Absolute, out var jwksAddress))
            {
                throw new InvalidDataException($"OpenID metadata at {metadataUrl} has no usable jwks_uri.");
            }

            using var jwks = await GetJsonAsync(jwksAddress.AbsoluteUri, cancellationToken).ConfigureAwait(false);
            keys = ReadKeys(jwks.RootElement);
            fetchedAt = timeProvider.GetUtcNow();
        }
        catch (Exception exception) when (exception is HttpRequestException or JsonException or InvalidDataException or TaskCanceledException && !cancellationToken.IsCancellationRequested)
        {
            // Keeping the last good keys lets a brief metadata outage pass without rejecting every request.
            logger.LogError(exception, "Reading signing keys from {MetadataUrl} failed; {KeyCount} cached keys stay in use.", metadataUrl, keys?.Count ?? 0);
        }
    }

    private async Task<JsonDocument> GetJsonAsync(string url, CancellationToken cancellationToken)
    {
        using var response = await createHttpClient().GetAsync(url, cancellationToken).ConfigureAwait(false);
        response.EnsureSuccessStatusCode();
        await using var stream = await response.Content.ReadAsStreamAsync(cancellationToken).ConfigureAwait(false);
        return await JsonDocument.ParseAsync(stream, cancellationToken: cancellationToken).ConfigureAwait(false);
    }

    private Dictionary<string, SigningKey> ReadKeys(JsonElement jwks)
    {
        var result = new Dictionary<string, SigningKey>(StringComparer.Ordinal);
        if (!jwks.TryGetProperty("keys", out var list) || list.ValueKind != JsonValueKind.Array)
        {
            throw new InvalidDataException("The JWKS has no keys array.");
        }

        foreach (var jwk in list.EnumerateArray())
        {
            if (TryReadRsaKey(jwk, out var key))
            {
                result[key.KeyId] = key;
            }
        }

        logger.LogInformation("Read {KeyCount} signing keys through {MetadataUrl}.", result.Count, metadataUrl);
        return result;
    }

    private static bool TryReadRsaKey(JsonElement jwk, out SigningKey key)
    {
        key = null!;
        if (jwk.ValueKind != JsonValueKind.Object || Text(jwk, "kty") != "RSA" || Text(jwk, "use") is { } use && use != "sig")
        {
            return false;
        }

        var keyId = Text(jwk, "kid") ?? Text(jwk, "x5t");
        var modulus = Text(jwk, "n");
        var exponent = Text(jwk, "e");
        if (keyId is null || modulus is null || exponent is null)
        {
            return false;
        }

        try
        {
            var parameters = new RSAParameters { Modulus = TrimLeadingZeros(Base64Url.DecodeFromChars(modulus)), Exponent = Base64Url.DecodeFromChars(exponent) };
            if (parameters.Modulus.Length * 8 < MinimumModulusBits)
            {
                return false;
            }

            var endorsements = jwk.TryGetProperty("endorsements", out var list) && list.ValueKind == JsonValueKind.Array
                ? list.EnumerateArray().Where(e => e.ValueKind == JsonValueKind.String).Select(e => e.GetString()!).ToList()
                : null;
            key = new SigningKey(keyId, parameters, endorsements);
            return true;
        }
        catch (FormatException)
        {
            return false;
        }
    }

    private static byte[] TrimLeadingZeros(byte[] value)
    {
        var start = 0;
        while (start < value.Length - 1 && value[start] == 0)
        {
            start++;
        }

        return start == 0 ? value : value[start..];
    }

    private static string? Text(JsonElement element, string name) =>
        element.TryGetProperty(name, out var value) && value.ValueKind == JsonValueKind.String ? value.GetString() : null;
}
