using System.Net;
using System.Text;
using System.Text.Json.Nodes;
using BotRuntime.Tests.Http;

namespace BotRuntime.Tests.Authentication;

public sealed class ChannelAuthenticationTests(AuthenticatedBotFixture fixture) : IClassFixture<AuthenticatedBotFixture>
{
    private const string ChannelIssuer = "https://api.botframework.com";

    public static TheoryData<string, HttpStatusCode> Cases() => new()
    {
        { "valid channel token", HttpStatusCode.OK },
        { "expired less than five minutes ago", HttpStatusCode.OK },
        { "emulator token for this bot", HttpStatusCode.OK },
        { "no Authorization header", HttpStatusCode.Unauthorized },
        { "Basic scheme", HttpStatusCode.Unauthorized },
        { "not a JWT", HttpStatusCode.Unauthorized },
        { "forged signature", HttpStatusCode.Unauthorized },
        { "payload changed after signing", HttpStatusCode.Unauthorized },
        { "wrong audience", HttpStatusCode.Unauthorized },
        { "wrong issuer", HttpStatusCode.Unauthorized },
        { "expired", HttpStatusCode.Unauthorized },
        { "no expiry", HttpStatusCode.Unauthorized },
        { "not valid yet", HttpStatusCode.Unauthorized },
        { "serviceUrl mismatch", HttpStatusCode.Unauthorized },
        { "no serviceurl claim", HttpStatusCode.Unauthorized },
        { "unknown key id", HttpStatusCode.Unauthorized },
        { "alg none", HttpStatusCode.Unauthorized },
        { "alg HS256", HttpStatusCode.Unauthorized },
        { "key not endorsed for the channel", HttpStatusCode.Unauthorized },
        { "emulator token from another app", HttpStatusCode.Unauthorized },
    };

    [Theory]
    [MemberData(nameof(Cases))]
    public async Task OnlyAValidTokenRunsTheTurn(string scenario, HttpStatusCode expected)
    {
        var serviceUrl = fixture.Connector.ServiceUrl;
        var channelId = scenario == "key not endorsed for the channel" ? "webchat" : "msteams";
        var turnsBefore = fixture.Turns;

        var response = await PostAsync(fixture.Bot, Activity(serviceUrl, channelId), Header(scenario, fixture.OpenId, serviceUrl));

        Assert.Equal(expected, response.StatusCode);
        Assert.Equal(expected == HttpStatusCode.OK ? turnsBefore + 1 : turnsBefore, fixture.Turns);
    }

    [Fact]
    public async Task AnAuthenticatedTurnIsMarkedAsFromAzureAndRepliesCarryAClientCredentialsToken()
    {
        var serviceUrl = fixture.Connector.ServiceUrl;
        var before = fixture.Connector.SentActivities().Count;

        await PostAsync(fixture.Bot, Activity(serviceUrl, "msteams"), Header("valid channel token", fixture.OpenId, serviceUrl));
        await PostAsync(fixture.Bot, Activity(serviceUrl, "msteams"), Header("valid channel token", fixture.OpenId, serviceUrl));

        var replies = await fixture.Connector.WaitForActivitiesAsync(before + 2);
        Assert.Equal("authenticated: urn:botframework:azure", replies[^1].Text);
        Assert.All(fixture.Connector.Calls.TakeLast(2), call => Assert.Equal("Bearer " + fixture.Connector.IssuedToken, call.Authorization));
        Assert.Equal(1, fixture.Connector.TokenRequests);
    }

    [Fact]
    public async Task AKeyPublishedAfterARotationIsAcceptedOnceTheKeysAreReRead()
    {
        await using var openId = await LocalOpenIdProvider.StartAsync();
        openId.Publish("old", "msteams");
        await using var connector = await FakeConnector.StartAsync();
        await using var bot = await AuthenticatedBotFixture.StartBotAsync(openId, connector, () => { });
        var serviceUrl = connector.ServiceUrl;
        Assert.Equal(HttpStatusCode.OK, (await PostAsync(bot, Activity(serviceUrl, "msteams"), Bearer(openId.Mint("old", Claims(serviceUrl))))).StatusCode);

        openId.Publish("new", "msteams");
        var response = await PostAsync(bot, Activity(serviceUrl, "msteams"), Bearer(openId.Mint("new", Claims(serviceUrl))));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(2, openId.KeySetRequests);
    }

    [Fact]
    public async Task TokensWithUnknownKeysReReadTheKeysAtMostOncePerCooldown()
    {
        await using var openId = await LocalOpenIdProvider.StartAsync();
        openId.Publish("known", "msteams");
        var stranger = System.Security.Cryptography.RSA.Create(2048);
        await using var connector = await FakeConnector.StartAsync();
        await using var bot = await AuthenticatedBotFixture.StartBotAsync(openId, connector, () => { }, unknownKeyCooldown: "00:10:00");
        var serviceUrl = connector.ServiceUrl;
        await PostAsync(bot, Activity(serviceUrl, "msteams"), Bearer(openId.Mint("known", Claims(serviceUrl))));

        for (var i = 0; i < 5; i++)
        {
            var response = await PostAsync(bot, Activity(serviceUrl, "msteams"), Bearer(openId.Mint("ghost-" + i, Claims(serviceUrl), signWith: stranger)));
            Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
        }

        Assert.Equal(2, openId.KeySetRequests);
    }

    private static string? Header(string scenario, LocalOpenIdProvider openId, string serviceUrl)
    {
        var now = DateTimeOffset.UtcNow;
        switch (scenario)
        {
            case "valid channel token":
                return Bearer(openId.Mint("key-1", Claims(serviceUrl)));
            case "expired less than five minutes ago":
                return Bearer(openId.Mint("key-1", Claims(serviceUrl, exp: now.AddMinutes(-2))));
            case "emulator token for this bot":
                return Bearer(openId.Mint("key-1", EmulatorClaims(AuthenticatedBotFixture.AppId)));
            case "no Authorization header":
                return null;
            case "Basic scheme":
                return "Basic " + Convert.ToBase64String(Encoding.UTF8.GetBytes("user:password"));
            case "not a JWT":
                return "Bearer abc.def";
            case "forged signature":
                return Bearer(openId.Mint("key-1", Claims(serviceUrl), signWith: System.Security.Cryptography.RSA.Create(2048)));
            case "payload changed after signing":
            {
                var parts = openId.Mint("key-1", Claims(serviceUrl)).Split('.');
                var changed = Claims(serviceUrl);
                changed["aud"] = new JsonArray(AuthenticatedBotFixture.AppId, "someone-else");
                return Bearer(parts[0] + "." + LocalOpenIdProvider.Encode(changed) + "." + parts[2]);
            }

            case "wrong audience":
                return Bearer(openId.Mint("key-1", Claims(serviceUrl, audience: "8d1b2e63-0000-4c57-9d1f-2f1a3b4c5d6e")));
            case "wrong issuer":
                return Bearer(openId.Mint("key-1", Claims(serviceUrl, issuer: "https://evil.example.com")));
            case "expired":
                return Bearer(openId.Mint("key-1", Claims(serviceUrl, exp: now.AddMinutes(-10))));
            case "no expiry":
            {
                var claims = Claims(serviceUrl);
                claims.Remove("exp");
                return Bearer(openId.Mint("key-1", claims));
            }

            case "not valid yet":
                return Bearer(openId.Mint("key-1", Claims(serviceUrl, nbf: now.AddMinutes(10))));
            case "serviceUrl mismatch":
                return Bearer(openId.Mint("key-1", Claims("https://smba.trafficmanager.net/emea/")));
            case "no serviceurl claim":
            {
                var claims = Claims(serviceUrl);
                claims.Remove("serviceurl");
                return Bearer(openId.Mint("key-1", claims));
            }

            case "unknown key id":
                return Bearer(openId.Mint("never-published", Claims(serviceUrl), signWith: System.Security.Cryptography.RSA.Create(2048)));
            case "alg none":
            {
                var token = openId.Mint("key-1", Claims(serviceUrl), algorithm: "none");
                return Bearer(token);
            }

            case "alg HS256":
            {
                var header = LocalOpenIdProvider.Encode(new JsonObject { ["alg"] = "HS256", ["kid"] = "key-1", ["typ"] = "JWT" });
                var payload = LocalOpenIdProvider.Encode(Claims(serviceUrl));
                using var hmac = new System.Security.Cryptography.HMACSHA256(Encoding.UTF8.GetBytes("guessable"));
                var signature = System.Buffers.Text.Base64Url.EncodeToString(hmac.ComputeHash(Encoding.ASCII.GetBytes(header + "." + payload)));
                return Bearer(header + "." + payload + "." + signature);
            }

            case "key not endorsed for the channel":
                return Bearer(openId.Mint("key-teams-only", Claims(serviceUrl)));
            case "emulator token from another app":
                return Bearer(openId.Mint("key-1", EmulatorClaims("11111111-2222-3333-4444-555555555555")));
            default:
                throw new ArgumentOutOfRangeException(nameof(scenario), scenario, "No such scenario.");
        }
    }

    private static JsonObject Claims(string serviceUrl, string issuer = ChannelIssuer, string audience = AuthenticatedBotFixture.AppId, DateTimeOffset? exp = null, DateTimeOffset? nbf = null)
    {
        var now = DateTimeOffset.UtcNow;
        return new JsonObject
        {
            ["iss"] = issuer,
            ["aud"] = audience,
            ["serviceurl"] = serviceUrl,
            ["nbf"] = (nbf ?? now.AddMinutes(-1)).ToUnixTimeSeconds(),
            ["exp"] = (exp ?? now.AddMinutes(30)).ToUnixTimeSeconds(),
        };
    }

    private static JsonObject EmulatorClaims(string callerAppId)
    {
        var now = DateTimeOffset.UtcNow;
        return new JsonObject
        {
            ["iss"] = "https://sts.windows.net/d6d49420-f39b-4df7-a1dc-d59a935871db/",
            ["aud"] = AuthenticatedBotFixture.AppId,
            ["ver"] = "1.0",
            ["appid"] = callerAppId,
            ["nbf"] = now.AddMinutes(-1).ToUnixTimeSeconds(),
            ["exp"] = now.AddMinutes(30).ToUnixTimeSeconds(),
        };
    }

    private static string Bearer(string token) => "Bearer " + token;

    private static JsonObject Activity(string serviceUrl, string channelId) => new()
    {
        ["type"] = "message",
        ["id"] = "a1",
        ["channelId"] = channelId,
        ["serviceUrl"] = serviceUrl,
        ["from"] = new JsonObject { ["id"] = "29:user" },
        ["recipient"] = new JsonObject { ["id"] = "28:" + AuthenticatedBotFixture.AppId },
        ["conversation"] = new JsonObject { ["id"] = "a:conversation" },
        ["text"] = "hi",
        ["callerId"] = "urn:botframework:forged",
    };

    private static async Task<HttpResponseMessage> PostAsync(LocalHttpServer bot, JsonObject activity, string? authorization)
    {
        using var client = bot.CreateClient();
        var request = new HttpRequestMessage(HttpMethod.Post, "/api/messages")
        {
            Content = new StringContent(activity.ToJsonString(), Encoding.UTF8, "application/json"),
        };
        if (authorization is not null)
        {
            request.Headers.TryAddWithoutValidation("Authorization", authorization);
        }

        return await client.SendAsync(request);
    }
}
