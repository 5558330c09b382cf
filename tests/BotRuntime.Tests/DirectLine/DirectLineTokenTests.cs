using System.Buffers.Text;
using System.Net;
using System.Text;
using System.Text.Json.Nodes;
using BotRuntime.DirectLine;
using Microsoft.Extensions.DependencyInjection;

namespace BotRuntime.Tests.DirectLine;

public sealed class DirectLineTokenTests : IAsyncLifetime
{
    private readonly ManualTimeProvider time = new(new DateTimeOffset(2025, 3, 1, 9, 0, 0, TimeSpan.Zero));
    private DirectLineHost host = null!;

    public async Task InitializeAsync() => host = await DirectLineHost.StartAsync(time: time);

    public async Task DisposeAsync() => await host.DisposeAsync();

    [Fact]
    public async Task GenerateWithTheSecretGivesAThirtyMinuteTokenForANewConversation()
    {
        using var client = host.CreateClient(DirectLineHost.Secret);

        var (status, body) = await client.SendAsync(HttpMethod.Post, "/v3/directline/tokens/generate");

        Assert.Equal(HttpStatusCode.OK, status);
        Assert.Equal(1800, (int)body!["expires_in"]!);
        Assert.False(string.IsNullOrEmpty((string?)body["conversationId"]));
        Assert.Null(body["streamUrl"]);
        Assert.Empty(host.Bot.Received);
    }

    [Fact]
    public async Task TheTokenCarriesTheUserIdWhereWebChatReadsIt()
    {
        using var client = host.CreateClient(DirectLineHost.Secret);

        var (_, body) = await client.SendAsync(HttpMethod.Post, "/v3/directline/tokens/generate", new { user = new { id = "dl_ana", name = "Ana" } });

        var payload = JsonNode.Parse(Base64Url.DecodeFromChars(((string)body!["token"]!).Split('.')[1]))!;
        Assert.Equal("dl_ana", (string?)payload["user"]);
        Assert.Equal((string?)body["conversationId"], (string?)payload["conv"]);
    }

    [Fact]
    public async Task WithoutAUserIdTheTokenGetsAnAnonymousDlUser()
    {
        using var client = host.CreateClient();
        var id = (string)(await client.StartWithTokenAsync())["conversationId"]!;

        await client.PostAsync(id, new { type = "message", text = "hi" });

        var user = host.Bot.Received.Last().From!;
        Assert.StartsWith("dl_", user.Id);
        Assert.Equal("user", user.Role);
    }

    [Fact]
    public async Task GenerateRefusesATokenAsCredential()
    {
        using var client = host.CreateClient();
        await client.StartWithTokenAsync();

        var (status, body) = await client.SendAsync(HttpMethod.Post, "/v3/directline/tokens/generate");

        Assert.Equal(HttpStatusCode.Forbidden, status);
        Assert.Equal(DirectLineErrorCodes.Forbidden, (string?)body!["error"]!["code"]);
    }

    [Fact]
    public async Task ARefreshedTokenServesTheSameConversationLongerThanTheOldOne()
    {
        using var client = host.CreateClient();
        var conversationId = (string)(await client.StartWithTokenAsync())["conversationId"]!;
        var oldToken = client.Credential;

        time.Advance(TimeSpan.FromMinutes(20));
        var (status, refreshed) = await client.SendAsync(HttpMethod.Post, "/v3/directline/tokens/refresh");
        Assert.Equal(HttpStatusCode.OK, status);
        Assert.Equal(conversationId, (string?)refreshed!["conversationId"]);
        Assert.Equal(1800, (int)refreshed["expires_in"]!);

        time.Advance(TimeSpan.FromMinutes(15));
        client.Credential = (string)refreshed["token"]!;
        Assert.Equal(HttpStatusCode.OK, (await client.PostAsync(conversationId, new { type = "message", text = "still here" })).Status);

        client.Credential = oldToken;
        var (expiredStatus, expired) = await client.PostAsync(conversationId, new { type = "message", text = "old token" });
        Assert.Equal(HttpStatusCode.Forbidden, expiredStatus);
        Assert.Equal(DirectLineErrorCodes.TokenExpired, (string?)expired!["error"]!["code"]);
    }

    [Fact]
    public async Task AnExpiredTokenCannotBeRefreshed()
    {
        using var client = host.CreateClient();
        await client.StartWithTokenAsync();

        time.Advance(TimeSpan.FromMinutes(31));
        var (status, body) = await client.SendAsync(HttpMethod.Post, "/v3/directline/tokens/refresh");

        Assert.Equal(HttpStatusCode.Forbidden, status);
        Assert.Equal(DirectLineErrorCodes.TokenExpired, (string?)body!["error"]!["code"]);
    }

    [Fact]
    public async Task ASecretCannotBeRefreshed()
    {
        using var client = host.CreateClient(DirectLineHost.Secret);

        var (status, _) = await client.SendAsync(HttpMethod.Post, "/v3/directline/tokens/refresh");

        Assert.Equal(HttpStatusCode.Forbidden, status);
    }

    [Fact]
    public async Task ATokenWithAChangedClaimIsRefused()
    {
        using var client = host.CreateClient();
        var conversationId = (string)(await client.StartWithTokenAsync())["conversationId"]!;
        var parts = client.Credential!.Split('.');
        var payload = JsonNode.Parse(Base64Url.DecodeFromChars(parts[1]))!;
        payload["user"] = "someone-else";
        client.Credential = $"{parts[0]}.{Base64Url.EncodeToString(Encoding.UTF8.GetBytes(payload.ToJsonString()))}.{parts[2]}";

        var (status, body) = await client.PostAsync(conversationId, new { type = "message", text = "as someone else" });

        Assert.Equal(HttpStatusCode.Forbidden, status);
        Assert.Equal(DirectLineErrorCodes.TokenInvalid, (string?)body!["error"]!["code"]);
    }

    [Fact]
    public async Task TokensSignedWithAnotherHostsKeyAreRefused()
    {
        await using var other = await DirectLineHost.StartAsync();
        using var otherClient = other.CreateClient();
        var conversationId = (string)(await otherClient.StartWithTokenAsync())["conversationId"]!;
        using var client = host.CreateClient(otherClient.Credential);

        var (status, body) = await client.GetActivitiesAsync(conversationId);

        Assert.Equal(HttpStatusCode.Forbidden, status);
        Assert.Equal(DirectLineErrorCodes.TokenInvalid, (string?)body!["error"]!["code"]);
    }

    [Fact]
    public async Task AConfiguredSigningKeyIsSharedByHostsThatShareIt()
    {
        var settings = new Dictionary<string, string?> { ["DirectLine:TokenSigningKey"] = "a-signing-key-of-at-least-32-characters" };
        await using var first = await DirectLineHost.StartAsync(settings);
        await using var second = await DirectLineHost.StartAsync(settings);
        var token = await first.Services.GetRequiredService<DirectLineChannel>().GenerateTokenAsync(new DirectLineUser("dl_shared"), default);

        var reading = await second.Services.GetRequiredService<DirectLineTokenAuthority>().ReadAsync(token.Token, default);

        Assert.Equal(DirectLineTokenStatus.Valid, reading.Status);
        Assert.Equal("dl_shared", reading.Token!.User.Id);
    }
}
