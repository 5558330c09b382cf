using System.Buffers.Text;
using System.Diagnostics.CodeAnalysis;
using System.Text;
using System.Text.Json;

namespace BotRuntime.Authentication;

/// <summary>A compact JWS (header.payload.signature) decoded but not yet trusted: nothing here is verified.</summary>
public sealed class JsonWebToken
{
    private const int MaxTokenLength = 16 * 1024;

    private JsonWebToken(JsonElement header, JsonElement payload, byte[] signedData, byte[] signature)
    {
        Header = header;
        Payload = payload;
        SignedData = signedData;
        Signature = signature;
    }

    public JsonElement Header { get; }

    public JsonElement Payload { get; }

    /// <summary>The ASCII bytes of "header.payload", which the signature covers.</summary>
    public byte[] SignedData { get; }

    public byte[] Signature { get; }

    public string? Algorithm => GetString(Header, "alg");

    public string? KeyId => GetString(Header, "kid") ?? GetString(Header, "x5t");

    public string? Issuer => GetClaim("iss");

    public IReadOnlyList<string> Audiences => Payload.TryGetProperty("aud", out var aud) ? aud.ValueKind switch
    {
        JsonValueKind.String => [aud.GetString()!],
        JsonValueKind.Array => aud.EnumerateArray().Where(a => a.ValueKind == JsonValueKind.String).Select(a => a.GetString()!).ToList(),
        _ => [],
    } : [];

    public DateTimeOffset? Expires => GetTime("exp");

    public DateTimeOffset? NotBefore => GetTime("nbf");

    public string? GetClaim(string name) => GetString(Payload, name);

    public static bool TryParse(string? compact, [NotNullWhen(true)] out JsonWebToken? token)
    {
        token = null;
        if (string.IsNullOrEmpty(compact) || compact.Length > MaxTokenLength)
        {
            return false;
        }

        var parts = compact.Split('.');
        if (parts.Length != 3 || parts[0].Length == 0 || parts[1].Length == 0 || parts[2].Length == 0)
        {
            return false;
        }

        try
        {
            var header = ParseObject(parts[0]);
            var payload = ParseObject(parts[1]);
            if (header is null || payload is null)
            {
                return false;
            }

            var signature = Base64Url.DecodeFromChars(parts[2]);
            token = new JsonWebToken(header.Value, payload.Value, Encoding.ASCII.GetBytes(parts[0] + "." + parts[1]), signature);
            return true;
        }
        catch (Exception exception) when (exception is FormatException or JsonException)
        {
            return false;
        }
    }

    private static JsonElement? ParseObject(string segment)
    {
        using var document = JsonDocument.Parse(Base64Url.DecodeFromChars(segment));
        return document.RootElement.ValueKind == JsonValueKind.Object ? document.RootElement.Clone() : null;
    }

    private static string? GetString(JsonElement element, string name) =>
        element.TryGetProperty(name, out var value) && value.ValueKind == JsonValueKind.String ? value.GetString() : null;

    private DateTimeOffset? GetTime(string name)
    {
        if (!Payload.TryGetProperty(name, out var value) || value.ValueKind != JsonValueKind.Number || !value.TryGetDouble(out var seconds)
            || seconds < 0 || seconds > 253402300799)
        {
            return null;
        }

        return DateTimeOffset.FromUnixTimeSeconds((long)seconds);
    }
}
