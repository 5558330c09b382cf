using System.Net;
using System.Net.Http.Headers;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using BotRuntime.Schema;
using BotRuntime.State;
using BotRuntime.Tests.Http;
using Microsoft.Extensions.DependencyInjection;

namespace BotRuntime.Tests.Hosting;

public sealed class MessagesEndpointTests : IAsyncLifetime
{
    private FakeConnector connector = null!;
    private LocalHttpServer bot = null!;
    private HttpClient client = null!;

    public async Task InitializeAsync()
    {
        connector = await FakeConnector.StartAsync();
        bot = await BotTestHost.StartAsync<EchoBot>();
        client = bot.CreateClient();
    }

    public async Task DisposeAsync()
    {
        client.Dispose();
        await bot.DisposeAsync();
        await connector.DisposeAsync();
    }

    [Fact]
    public async Task AMessageIsAnsweredWith200AndAnEmptyBodyWhileTheReplyGoesToTheServiceUrl()
    {
        var response = await PostAsync(Message("hello"));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Empty(await response.Content.ReadAsByteArrayAsync());
        var reply = Assert.Single(await connector.WaitForActivitiesAsync(1));
        Assert.Equal("echo: hello (1)", reply.Text);
        var call = connector.Calls.Single();
        Assert.Equal("/v3/conversations/19%3Aabc%40thread.tacv2%3Bmessageid%3D42/activities/act%7C0001", call.RawTarget);
    }

    [Fact]
    public async Task RepliesAreAddressedFromTheInboundActivity()
    {
        await PostAsync(Message("hello"));

        var reply = Assert.Single(await connector.WaitForActivitiesAsync(1));
        Assert.Equal("bot-1", reply.From!.Id);
        Assert.Equal("user-1", reply.Recipient!.Id);
        Assert.Equal("19:abc@thread.tacv2;messageid=42", reply.Conversation!.Id);
        Assert.Equal("act|0001", reply.ReplyToId);
        Assert.Equal("de-DE", reply.Locale);
        Assert.Equal("msteams", reply.ChannelId);
        Assert.Null(reply.Id);
    }

    [Fact]
    public async Task ExpectRepliesReturnsTheRepliesInTheBodyAndPostsNothing()
    {
        var activity = Message("hello");
        activity["deliveryMode"] = "expectReplies";

        var response = await PostAsync(activity);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var bytes = await response.Content.ReadAsByteArrayAsync();

        // Sent whole with its length (a chunked body costs the socket a second write for its end).
        Assert.Equal(bytes.Length, response.Content.Headers.ContentLength);
        Assert.NotEqual(true, response.Headers.TransferEncodingChunked);
        var body = JsonNode.Parse(bytes)!;
        var replies = body["activities"]!.AsArray();
        Assert.Equal("echo: hello (1)", (string?)Assert.Single(replies)!["text"]);
        await Task.Delay(200);
        Assert.Empty(connector.Calls);
    }

    [Fact]
    public async Task AHandledInvokeAnswersWithItsStatusAndBody()
    {
        var activity = Invoke("test/echo");
        activity["value"] = new JsonObject { ["x"] = 1 };

        var response = await PostAsync(activity);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var body = JsonNode.Parse(await response.Content.ReadAsStringAsync())!;
        Assert.Equal(1, (int)body["echoed"]!["x"]!);
    }

    [Fact]
    public async Task AnInvokeAnsweredWithAcceptedAnswers202()
    {
        var response = await PostAsync(Invoke("test/accepted"));

        Assert.Equal(HttpStatusCode.Accepted, response.StatusCode);
        Assert.Empty(await response.Content.ReadAsByteArrayAsync());
    }

    [Fact]
    public async Task AnInvokeWithAnUnknownNameAnswers501()
    {
        var response = await PostAsync(Invoke("composeExtension/query"));

        Assert.Equal(HttpStatusCode.NotImplemented, response.StatusCode);
    }

    [Fact]
    public async Task AnUnknownActivityTypeIsAcceptedAndIgnored()
    {
        var activity = Message("x");
        activity["type"] = "someFutureType";

        var response = await PostAsync(activity);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        await Task.Delay(200);
        Assert.Empty(connector.Calls);
    }

    public static TheoryData<string, string> MalformedBodies() => new()
    {
        { "{\"type\":\"message\",", "BadSyntax" },
        { "not json at all", "BadSyntax" },
        { "[1,2,3]", "BadSyntax" },
        { "null", "MissingProperty" },
        { "{\"text\":\"no type\",\"conversation\":{\"id\":\"c\"}}", "MissingProperty" },
        { "{\"type\":\"\",\"conversation\":{\"id\":\"c\"}}", "MissingProperty" },
        { "{\"type\":\"message\",\"text\":\"no conversation\"}", "MissingProperty" },
        { "{\"type\":\"message\",\"conversation\":{}}", "MissingProperty" },
        { "{\"type\":5,\"conversation\":{\"id\":\"c\"}}", "BadSyntax" },
        { "{\"type\":\"message\",\"conversation\":{\"id\":\"c\"},\"value\":" + new string('[', 200) + new string(']', 200) + "}", "BadSyntax" },
    };

    [Theory]
    [MemberData(nameof(MalformedBodies))]
    public async Task AMalformedActivityIsABadRequestWithABotFrameworkErrorBody(string body, string code)
    {
        var response = await client.PostAsync("/api/messages", new StringContent(body, Encoding.UTF8, "application/json"));

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var error = JsonSerializer.Deserialize<ErrorResponse>(await response.Content.ReadAsStringAsync(), BotJson.Options)!;
        Assert.Equal(code, error.Error!.Code);
        Assert.False(string.IsNullOrEmpty(error.Error.Message));
    }

    [Fact]
    public async Task ABodyOver256KilobytesIsTooLarge()
    {
        var activity = Message(new string('x', 256 * 1024));

        var response = await PostAsync(activity);

        Assert.Equal(HttpStatusCode.RequestEntityTooLarge, response.StatusCode);
        Assert.Equal("MessageSizeTooBig", (string?)JsonNode.Parse(await response.Content.ReadAsStringAsync())!["error"]!["code"]);
    }

    [Fact]
    public async Task AChunkedBodyOver256KilobytesIsTooLargeToo()
    {
        var bytes = Encoding.UTF8.GetBytes(Message(new string('x', 300 * 1024)).ToJsonString());
        var content = new StreamContent(new MemoryStream(bytes));
        content.Headers.ContentType = new MediaTypeHeaderValue("application/json");
        var request = new HttpRequestMessage(HttpMethod.Post, "/api/messages") { Content = content };
        request.Headers.TransferEncodingChunked = true;

        var response = await client.SendAsync(request);

        Assert.Equal(HttpStatusCode.RequestEntityTooLarge, response.StatusCode);
    }

    [Theory]
    [InlineData("text/plain")]
    [InlineData("application/x-www-form-urlencoded")]
    [InlineData(null)]
    public async Task ABodyThatIsNotJsonIsAnUnsupportedMediaType(string? contentType)
    {
        var content = new ByteArrayContent(Encoding.UTF8.GetBytes(Message("hi").ToJsonString()));
        if (contentType is not null)
        {
            content.Headers.ContentType = new MediaTypeHeaderValue(contentType);
        }

        var response = await client.PostAsync("/api/messages", content);

        Assert.Equal(HttpStatusCode.UnsupportedMediaType, response.StatusCode);
    }

    [Fact]
    public async Task JsonWithACharsetIsAccepted()
    {
        var content = new StringContent(Message("hi").ToJsonString(), Encoding.UTF8);
        content.Headers.ContentType = MediaTypeHeaderValue.Parse("application/json; charset=utf-8");

        var response = await client.PostAsync("/api/messages", content);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
    }

    [Fact]
    public async Task OnlyPostIsAllowed()
    {
        var response = await client.GetAsync("/api/messages");

        Assert.Equal(HttpStatusCode.MethodNotAllowed, response.StatusCode);
    }

    [Fact]
    public async Task AFailingTurnStillAnswers200ApologisesWithAReferenceAndClearsTheConversationState()
    {
        await PostAsync(Message("one"));
        await connector.WaitForActivitiesAsync(1);

        var response = await PostAsync(Message("fail"));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var apology = (await connector.WaitForActivitiesAsync(2))[1];
        Assert.Matches("Reference: [0-9A-F]{10}$", apology.Text);
        var storage = bot.Services.GetRequiredService<IStorage>();
        Assert.Empty(await storage.ReadAsync(["msteams/conversations/19:abc@thread.tacv2;messageid=42"]));

        await PostAsync(Message("again"));
        Assert.Equal("echo: again (1)", (await connector.WaitForActivitiesAsync(3))[2].Text);
    }

    [Fact]
    public async Task TheWelcomeToADirectLineConversationUpdateIsNotThreaded()
    {
        var update = new JsonObject
        {
            ["type"] = "conversationUpdate",
            ["id"] = "conv-1",
            ["channelId"] = "directline",
            ["serviceUrl"] = connector.Url,
            ["from"] = new JsonObject { ["id"] = "dl_user" },
            ["recipient"] = new JsonObject { ["id"] = "bot-1" },
            ["conversation"] = new JsonObject { ["id"] = "conv-1" },
            ["membersAdded"] = new JsonArray(new JsonObject { ["id"] = "bot-1" }, new JsonObject { ["id"] = "dl_user" }),
        };

        await PostAsync(update);

        var welcome = Assert.Single(await connector.WaitForActivitiesAsync(1));
        Assert.Null(welcome.ReplyToId);
        Assert.Equal("/v3/conversations/conv-1/activities", connector.Calls.Single().Path);
    }

    [Fact]
    public async Task ACallerIdSentByTheClientIsNotBelieved()
    {
        string? seenCallerId = "unset";
        await using var host = await BotTestHost.StartAsync(new DelegateBot((turn, _) =>
        {
            seenCallerId = turn.Activity.CallerId;
            return Task.CompletedTask;
        }));
        var activity = Message("hi");
        activity["callerId"] = "urn:botframework:azure";
        activity["deliveryMode"] = "expectReplies";

        using var hostClient = host.CreateClient();
        var response = await hostClient.PostAsync("/api/messages", new StringContent(activity.ToJsonString(), Encoding.UTF8, "application/json"));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Null(seenCallerId);
    }

    private Task<HttpResponseMessage> PostAsync(JsonObject activity) =>
        client.PostAsync("/api/messages", new StringContent(activity.ToJsonString(), Encoding.UTF8, "application/json"));

    private JsonObject Message(string text) => new()
    {
        ["type"] = "message",
        ["id"] = "act|0001",
        ["channelId"] = "msteams",
        ["serviceUrl"] = connector.ServiceUrl,
        ["from"] = new JsonObject { ["id"] = "user-1", ["name"] = "Ana" },
        ["recipient"] = new JsonObject { ["id"] = "bot-1", ["name"] = "Bot" },
        ["conversation"] = new JsonObject { ["id"] = "19:abc@thread.tacv2;messageid=42" },
        ["locale"] = "de-DE",
        ["text"] = text,
    };

    private JsonObject Invoke(string name)
    {
        var activity = Message(string.Empty);
        activity.Remove("text");
        activity["type"] = "invoke";
        activity["name"] = name;
        return activity;
    }
}
