using System.Buffers.Text;
using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;

namespace BotRuntime.Tests.Http;

/// <summary>
/// An OpenID metadata document and JWKS on 127.0.0.1, with self-made RSA keys that can be rotated,
/// and a minting function for RS256 tokens signed by them (or by keys it does not publish).
/// </summary>
public sealed class LocalOpenIdProvider : IAsyncDisposable
{
    private readonly Dictionary<string, (RSA Key, string[] Endorsements)> published = new();
    private readonly Lock gate = new();
    private LocalHttpServer server = null!;
    private int keySetRequests;

    public string MetadataUrl => server.Url + "/v1/.well-known/openidconfiguration";

    public int KeySetRequests => keySetRequests;

    public static async Task<LocalOpenIdProvider> StartAsync()
    {
        var provider = new LocalOpenIdProvider();
        provider.server = await LocalHttpServer.StartAsync(app =>
        {
            app.MapGet("/v1/.well-known/openidconfiguration", (HttpContext http) =>
                Results.Json(new { issuer = "https://api.botframework.com", jwks_uri = provider.server.Url + "/v1/.well-known/keys" }));
            app.MapGet("/v1/.well-known/keys", () =>
            {
                Interlocked.Increment(ref provider.keySetRequests);
                return Results.Text(provider.KeySetJson(), "application/json");
            });
        });
        return provider;
    }

    public RSA Publish(string keyId, params string[] endorsements)
    {
        var key = RSA.Create(2048);
        lock (gate)
        {
            published[keyId] = (key, endorsements);
        }

        return key;
    }

    public string Mint(string keyId, JsonObject claims, string algorithm = "RS256", RSA? signWith = null)
    {
        RSA key;
        lock (gate)
        {
            key = signWith ?? published[keyId].Key;
        }

        var header = Encode(new JsonObject { ["alg"] = algorithm, ["kid"] = keyId, ["typ"] = "JWT" });
        var payload = Encode(claims);
        var signedPart = header + "." + payload;
        var signature = algorithm == "none"
            ? []
            : key.SignData(Encoding.ASCII.GetBytes(signedPart), HashAlgorithmName.SHA256, RSASignaturePadding.Pkcs1);
        return signedPart + "." + Base64Url.EncodeToString(signature);
    }

    public static string Encode(JsonObject json) => Base64Url.EncodeToString(Encoding.UTF8.GetBytes(json.ToJsonString()));

    public ValueTask DisposeAsync() => server.DisposeAsync();

    private string KeySetJson()
    {
        var keys = new JsonArray();
        lock (gate)
        {
            foreach (var (keyId, (key, endorsements)) in published)
            {
                var parameters = key.ExportParameters(false);
                keys.Add(new JsonObject
                {
                    ["kty"] = "RSA",
                    ["use"] = "sig",
                    ["kid"] = keyId,
                    ["n"] = Base64Url.EncodeToString(parameters.Modulus),
                    ["e"] = Base64Url.EncodeToString(parameters.Exponent),
                    ["endorsements"] = new JsonArray(endorsements.Select(e => (JsonNode)e).ToArray()),
                });
            }
        }

        return new JsonObject { ["keys"] = keys }.ToJsonString();
    }
}
