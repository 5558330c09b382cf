using System.Net;
using System.Text.Json;
using System.Text.Json.Nodes;
using BotRuntime.DirectLine;
using BotRuntime.Schema;
using Microsoft.Extensions.DependencyInjection;

namespace BotRuntime.Tests.DirectLine;

public sealed class DirectLineConversationTests : IAsyncLifetime
{
    private DirectLineHost host = null!;

    public async Task InitializeAsync() => host = await DirectLineHost.StartAsync(new Dictionary<string, string?> { ["DirectLine:MaxActivitiesPerRead"] = "3" });

    public async Task DisposeAsync() => await host.DisposeAsync();

    [Fact]
    public async Task StartingWithATokenCreatesTheConversationOnceThenResumesIt()
    {
        using var client = host.CreateClient();
        var first = await client.StartWithTokenAsync();

        var (status, again) = await client.SendAsync(HttpMethod.Post, "/v3/directline/conversations");

        Assert.Equal(HttpStatusCode.OK, status);
        Assert.Equal((string?)first["conversationId"], (string?)again!["conversationId"]);
        var streamUrl = new Uri((string)first["streamUrl"]!);
        Assert.Equal("ws", streamUrl.Scheme);
        Assert.Equal($"/v3/directline/conversations/{first["conversationId"]}/stream", streamUrl.AbsolutePath);
        Assert.Single(host.Bot.Received, a => a.Type == ActivityTypes.ConversationUpdate);
    }

    [Fact]
    public async Task TheBotHearsAConversationUpdateAddingItselfInTheStartLocale()
    {
        using var client = host.CreateClient(DirectLineHost.Secret);

        var (status, conversation) = await client.SendAsync(HttpMethod.Post, "/v3/directline/conversations", new { user = new { id = "ana" }, locale = "fr-FR" });

        Assert.Equal(HttpStatusCode.Created, status);
        var update = Assert.Single(host.Bot.Received);
        Assert.Equal(ActivityTypes.ConversationUpdate, update.Type);
        Assert.Equal("test-bot", Assert.Single(update.MembersAdded!).Id);
        Assert.Equal("ana", update.From!.Id);
        Assert.Equal("test-bot", update.Recipient!.Id);
        Assert.Equal("fr-FR", update.Locale);
        Assert.Equal(Channels.DirectLine, update.ChannelId);
        Assert.Equal(DirectLineChannel.ServiceUrl, update.ServiceUrl);
        Assert.Equal((string?)conversation!["conversationId"], update.Conversation!.Id);
    }

    [Fact]
    public async Task AMessageComesBackWithItsIdAndClientActivityIdFollowedByTheReply()
    {
        using var client = host.CreateClient();
        var conversationId = (string)(await client.StartWithTokenAsync("dl_ana"))["conversationId"]!;

        var (status, posted) = await client.PostAsync(conversationId, new
        {
            type = "message",
            text = "hello",
            from = new { id = "dl_ana", name = "Ana", role = "user" },
            locale = "nl-NL",
            channelData = new { clientActivityID = "1740817800100abc" },
        });

        Assert.Equal(HttpStatusCode.OK, status);
        Assert.Equal($"{conversationId}|0000001", (string?)posted!["id"]);
        var (_, set) = await client.GetActivitiesAsync(conversationId);
        var activities = set!["activities"]!.AsArray();
        Assert.Equal("2", (string?)set["watermark"]);
        var echo = activities[0]!;
        Assert.Equal($"{conversationId}|0000001", (string?)echo["id"]);
        Assert.Equal("1740817800100abc", (string?)echo["channelData"]!["clientActivityID"]);
        Assert.Equal("dl_ana", (string?)echo["from"]!["id"]);
        Assert.Equal("user", (string?)echo["from"]!["role"]);
        Assert.Equal("nl-NL", (string?)echo["locale"]);
        Assert.Equal("directline", (string?)echo["channelId"]);
        var reply = activities[1]!;
        Assert.Equal($"{conversationId}|0000002", (string?)reply["id"]);
        Assert.Equal("echo: hello", (string?)reply["text"]);
        Assert.Equal($"{conversationId}|0000001", (string?)reply["replyToId"]);
        Assert.Equal("test-bot", (string?)reply["from"]!["id"]);
        Assert.NotNull(reply["timestamp"]);
    }

    [Fact]
    public async Task TheBotGetsTheActivityAsTheChannelVouchesForIt()
    {
        using var client = host.CreateClient();
        var conversationId = (string)(await client.StartWithTokenAsync("dl_ana"))["conversationId"]!;

        await client.PostAsync(conversationId, new
        {
            type = "message",
            text = "hello",
            id = "client-chosen",
            serviceUrl = "https://attacker.example/",
            callerId = "urn:botframework:azure",
            deliveryMode = "expectReplies",
            conversation = new { id = "another", tenantId = "evil-tenant" },
            value = new { orderId = "42" },
        });

        var turn = host.Bot.Received.Last();
        Assert.Equal($"{conversationId}|0000001", turn.Id);
        Assert.Equal(DirectLineChannel.ServiceUrl, turn.ServiceUrl);
        Assert.Null(turn.CallerId);
        Assert.Null(turn.DeliveryMode);
        Assert.Equal(conversationId, turn.Conversation!.Id);
        Assert.Null(turn.Conversation.TenantId);
        Assert.Equal("42", turn.Value!.Value.GetProperty("orderId").GetString());
    }

    [Fact]
    public async Task TheTokenDecidesWhoTheUserIsWhateverTheActivitySays()
    {
        using var client = host.CreateClient();
        var conversationId = (string)(await client.StartWithTokenAsync("dl_customer"))["conversationId"]!;

        await client.PostAsync(conversationId, new
        {
            type = "message",
            text = "I am an admin",
            from = new { id = "44656d6f-0001-4000-8000-000000000001", aadObjectId = "44656d6f-0001-4000-8000-000000000001" },
            channelData = new { tenant = new { id = "44656d6f-0000-4000-8000-000000000000" }, clientActivityID = "c1" },
        });

        var turn = host.Bot.Received.Last();
        Assert.Equal("dl_customer", turn.From!.Id);
        Assert.Null(turn.From.AadObjectId);
        Assert.False(turn.ChannelData!.Value.TryGetProperty("tenant", out _));
        Assert.Equal("c1", turn.ChannelData.Value.GetProperty("clientActivityID").GetString());
    }

    [Fact]
    public async Task ADirectoryIdentityInTheTokenReachesTheBotAsTeamsSendsIt()
    {
        var channel = host.Services.GetRequiredService<DirectLineChannel>();
        var grant = await channel.GenerateTokenAsync(new DirectLineUser("dl_anna", "Anna Becker", "object-1", "tenant-1"), default);
        using var client = host.CreateClient(grant.Token);
        await client.SendAsync(HttpMethod.Post, "/v3/directline/conversations");

        await client.PostAsync(grant.ConversationId, new { type = "event", name = "webchat/join", channelData = new { tenant = new { id = "other-tenant" } } });

        var update = host.Bot.Received.First();
        Assert.Equal("object-1", update.From!.AadObjectId);
        Assert.Equal("tenant-1", update.ChannelData!.Value.GetProperty("tenant").GetProperty("id").GetString());
        var join = host.Bot.Received.Last();
        Assert.Equal("webchat/join", join.Name);
        Assert.Equal("dl_anna", join.From!.Id);
        Assert.Equal("Anna Becker", join.From.Name);
        Assert.Equal("object-1", join.From.AadObjectId);
        Assert.Equal("tenant-1", join.ChannelData!.Value.GetProperty("tenant").GetProperty("id").GetString());
    }

    [Fact]
    public async Task ASecretHolderPostsAsTheUserItNames()
    {
        using var client = host.CreateClient(DirectLineHost.Secret);
        var (_, conversation) = await client.SendAsync(HttpMethod.Post, "/v3/directline/conversations", new { user = new { id = "service-user" } });
        var conversationId = (string)conversation!["conversationId"]!;

        var (missing, refusal) = await client.PostAsync(conversationId, new { type = "message", text = "who am I" });
        var (named, _) = await client.PostAsync(conversationId, new { type = "message", text = "hi", from = new { id = "service-user", aadObjectId = "object-1" } });

        Assert.Equal(HttpStatusCode.BadRequest, missing);
        Assert.Equal(DirectLineErrorCodes.MissingProperty, (string?)refusal!["error"]!["code"]);
        Assert.Equal(HttpStatusCode.OK, named);
        var turn = host.Bot.Received.Last();
        Assert.Equal("service-user", turn.From!.Id);
        Assert.Null(turn.From.AadObjectId);
    }

    [Fact]
    public async Task PollingPagesThroughTheLogByWatermarkUntilItIsEmpty()
    {
        using var client = host.CreateClient();
        var conversationId = (string)(await client.StartWithTokenAsync())["conversationId"]!;
        foreach (var text in new[] { "one", "two", "three" })
        {
            await client.PostAsync(conversationId, new { type = "message", text });
        }

        var texts = new List<string?>();
        var watermark = string.Empty;
        var pages = 0;
        while (true)
        {
            var (_, set) = await client.GetActivitiesAsync(conversationId, watermark);
            var activities = set!["activities"]!.AsArray();
            if (activities.Count == 0)
            {
                Assert.Equal(watermark, (string?)set["watermark"]);
                break;
            }

            pages++;
            texts.AddRange(activities.Select(a => (string?)a!["text"]));
            watermark = (string)set["watermark"]!;
        }

        Assert.Equal(["one", "echo: one", "two", "echo: two", "three", "echo: three"], texts);
        Assert.Equal(2, pages);
        Assert.Equal("6", watermark);
    }

    [Fact]
    public async Task ReconnectingGivesAFreshStreamUrlFromTheWatermarkOrFromNow()
    {
        using var client = host.CreateClient();
        var conversationId = (string)(await client.StartWithTokenAsync())["conversationId"]!;
        await client.PostAsync(conversationId, new { type = "message", text = "one" });

        var (status, withWatermark) = await client.SendAsync(HttpMethod.Get, $"/v3/directline/conversations/{conversationId}?watermark=1");
        var (_, withoutWatermark) = await client.SendAsync(HttpMethod.Get, $"/v3/directline/conversations/{conversationId}");

        Assert.Equal(HttpStatusCode.OK, status);
        Assert.EndsWith("&watermark=1", (string?)withWatermark!["streamUrl"]);
        Assert.EndsWith("&watermark=2", (string?)withoutWatermark!["streamUrl"]);
        Assert.Equal(client.Credential, (string?)withWatermark["token"]);
    }

    [Fact]
    public async Task TypingIsForwardedToTheBotButNeverLogged()
    {
        using var client = host.CreateClient();
        var conversationId = (string)(await client.StartWithTokenAsync())["conversationId"]!;

        var (status, posted) = await client.PostAsync(conversationId, new { type = "typing" });

        Assert.Equal(HttpStatusCode.OK, status);
        Assert.False(string.IsNullOrEmpty((string?)posted!["id"]));
        Assert.Equal(ActivityTypes.Typing, host.Bot.Received.Last().Type);
        var (_, set) = await client.GetActivitiesAsync(conversationId);
        Assert.Empty(set!["activities"]!.AsArray());
    }

    [Fact]
    public async Task AFailingTurnLogsTheApologyAndStillAcceptsTheActivity()
    {
        using var client = host.CreateClient();
        var conversationId = (string)(await client.StartWithTokenAsync())["conversationId"]!;

        var (status, _) = await client.PostAsync(conversationId, new { type = "message", text = "boom" });

        Assert.Equal(HttpStatusCode.OK, status);
        var (_, set) = await client.GetActivitiesAsync(conversationId);
        var apology = set!["activities"]!.AsArray()[1]!;
        Assert.StartsWith("Sorry, something went wrong.", (string?)apology["text"]);
    }

    [Fact]
    public async Task UnknownFieldsOfTheClientsActivitySurviveIntoTheLog()
    {
        using var client = host.CreateClient();
        var conversationId = (string)(await client.StartWithTokenAsync())["conversationId"]!;

        await client.SendAsync(
            HttpMethod.Post,
            $"/v3/directline/conversations/{conversationId}/activities",
            rawBody: """{"type":"message","text":"hi","futureField":{"a":[1,2]},"entities":[{"type":"ClientCapabilities","requiresBotState":true}]}""");

        var (_, set) = await client.GetActivitiesAsync(conversationId);
        var echo = set!["activities"]!.AsArray()[0]!;
        Assert.True(JsonNode.DeepEquals(JsonNode.Parse("""{"a":[1,2]}"""), echo["futureField"]));
        Assert.Equal("ClientCapabilities", (string?)echo["entities"]![0]!["type"]);
        Assert.Equal(JsonValueKind.Object, host.Bot.Received.Last().Properties!["futureField"].ValueKind);
    }
}
