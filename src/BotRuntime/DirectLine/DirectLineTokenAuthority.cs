using System.Buffers.Text;
using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using BotRuntime.Authentication;
using Microsoft.Extensions.Options;

namespace BotRuntime.DirectLine;

/// <summary>
/// Issues and verifies the channel's tokens: compact JWTs signed with HMAC-SHA256, each bound to one conversation and
/// one user (the <c>user</c> claim is where Web Chat looks for the user id), valid for <see cref="DirectLineOptions.TokenLifetime"/>.
/// </summary>
public sealed class DirectLineTokenAuthority
{
    private const string Issuer = "botruntime-directline";
    private static readonly string EncodedHeader = Base64Url.EncodeToString("""{"alg":"HS256","typ":"JWT"}"""u8);

    private readonly IDirectLineStore store;
    private readonly TimeProvider time;
    private readonly DirectLineOptions options;
    private readonly SemaphoreSlim keyGate = new(1, 1);
    private byte[]? key;

    public DirectLineTokenAuthority(IDirectLineStore store, TimeProvider time, IOptions<DirectLineOptions> options)
    {
        this.store = store;
        this.time = time;
        this.options = options.Value;
        if (!string.IsNullOrEmpty(this.options.TokenSigningKey))
        {
            key = Encoding.UTF8.GetBytes(this.options.TokenSigningKey);
        }
    }

    public TimeSpan Lifetime => options.TokenLifetime;

    public async Task<string> IssueAsync(string conversationId, DirectLineUser user, CancellationToken cancellationToken)
    {
        ArgumentException.ThrowIfNullOrEmpty(conversationId);
        ArgumentNullException.ThrowIfNull(user);
        var now = time.GetUtcNow();
        var claims = new Dictionary<string, object>
        {
            ["iss"] = Issuer,
            ["conv"] = conversationId,
            ["user"] = user.Id,
            ["iat"] = now.ToUnixTimeSeconds(),
            ["nbf"] = now.ToUnixTimeSeconds(),
            ["exp"] = (now + options.TokenLifetime).ToUnixTimeSeconds(),
        };
        AddIfPresent(claims, "name", user.Name);
        if (user.HasDirectoryIdentity)
        {
            claims["oid"] = user.AadObjectId!;
            claims["tid"] = user.TenantId!;
        }

        var signedPart = EncodedHeader + "." + Base64Url.EncodeToString(JsonSerializer.SerializeToUtf8Bytes(claims));
        var signature = HMACSHA256.HashData(await GetKeyAsync(cancellationToken), Encoding.ASCII.GetBytes(signedPart));
        return signedPart + "." + Base64Url.EncodeToString(signature);
    }

    public async Task<DirectLineTokenReading> ReadAsync(string? compact, CancellationToken cancellationToken)
    {
        if (!JsonWebToken.TryParse(compact, out var jwt) || jwt.Algorithm != "HS256")
        {
            return DirectLineTokenReading.Invalid;
        }

        var expected = HMACSHA256.HashData(await GetKeyAsync(cancellationToken), jwt.SignedData);
        if (!CryptographicOperations.FixedTimeEquals(expected, jwt.Signature) || jwt.Issuer != Issuer)
        {
            return DirectLineTokenReading.Invalid;
        }

        var conversationId = jwt.GetClaim("conv");
        var userId = jwt.GetClaim("user");
        if (jwt.Expires is not { } expires || string.IsNullOrEmpty(conversationId) || string.IsNullOrEmpty(userId))
        {
            return DirectLineTokenReading.Invalid;
        }

        if (expires <= time.GetUtcNow())
        {
            return DirectLineTokenReading.Expired;
        }

        var user = new DirectLineUser(userId, jwt.GetClaim("name"), jwt.GetClaim("oid"), jwt.GetClaim("tid"));
        return new DirectLineTokenReading(DirectLineTokenStatus.Valid, new DirectLineToken(conversationId, user, expires));
    }

    private static void AddIfPresent(Dictionary<string, object> claims, string name, string? value)
    {
        if (!string.IsNullOrEmpty(value))
        {
            claims[name] = value;
        }
    }

    private async Task<byte[]> GetKeyAsync(CancellationToken cancellationToken)
    {
        if (Volatile.Read(ref key) is { } known)
        {
            return known;
        }

        await keyGate.WaitAsync(cancellationToken).ConfigureAwait(false);
        try
        {
            key ??= await store.GetOrAddSigningKeyAsync(RandomNumberGenerator.GetBytes(32), cancellationToken).ConfigureAwait(false);
            return key;
        }
        finally
        {
            keyGate.Release();
        }
    }
}
