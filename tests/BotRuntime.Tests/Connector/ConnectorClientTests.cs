using System.Net;
using BotRuntime.Connector;
using BotRuntime.Hosting;
using BotRuntime.Schema;
using BotRuntime.Tests.Http;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace BotRuntime.Tests.Connector;

public sealed class ConnectorClientTests : IAsyncLifetime
{
    private FakeConnector connector = null!;

    public async Task InitializeAsync() => connector = await FakeConnector.StartAsync();

    public async Task DisposeAsync() => await connector.DisposeAsync();

    [Fact]
    public async Task AThrottledCallIsRetriedAfterTheDelayTheChannelAskedFor()
    {
        connector.FailNext(429, retryAfter: "1");
        var client = CreateClient();

        var response = await client.SendToConversationAsync(connector.ServiceUrl, "conv", MessageFactory.Text("hi"));

        Assert.Equal("sent-2", response.Id);
        var calls = connector.Calls.ToList();
        Assert.Equal([429, 200], calls.Select(c => c.Status));
        Assert.True(calls[1].At - calls[0].At >= TimeSpan.FromMilliseconds(900), $"Retried after {calls[1].At - calls[0].At}.");
    }

    [Fact]
    public async Task ServerErrorsAreRetriedWithGrowingWaits()
    {
        connector.FailNext(500, times: 2);
        var client = CreateClient(baseDelay: "00:00:00.200");

        await client.SendToConversationAsync(connector.ServiceUrl, "conv", MessageFactory.Text("hi"));

        var calls = connector.Calls.ToList();
        Assert.Equal([500, 500, 200], calls.Select(c => c.Status));
        Assert.True(calls[1].At - calls[0].At >= TimeSpan.FromMilliseconds(180));
        Assert.True(calls[2].At - calls[1].At >= TimeSpan.FromMilliseconds(380));
    }

    [Fact]
    public async Task RetriesStopAfterTheConfiguredNumberOfAttempts()
    {
        connector.FailNext(503, times: 10);
        var client = CreateClient(maxAttempts: 3);

        var failure = await Assert.ThrowsAsync<ConnectorRequestException>(() =>
            client.SendToConversationAsync(connector.ServiceUrl, "conv", MessageFactory.Text("hi")));

        Assert.Equal(HttpStatusCode.ServiceUnavailable, failure.StatusCode);
        Assert.Equal("ServiceError", failure.Error?.Error?.Code);
        Assert.Equal(3, connector.Calls.Count);
    }

    [Theory]
    [InlineData(400)]
    [InlineData(403)]
    [InlineData(404)]
    public async Task ClientErrorsAreNotRetried(int status)
    {
        connector.FailNext(status);
        var client = CreateClient();

        var failure = await Assert.ThrowsAsync<ConnectorRequestException>(() =>
            client.SendToConversationAsync(connector.ServiceUrl, "conv", MessageFactory.Text("hi")));

        Assert.Equal((HttpStatusCode)status, failure.StatusCode);
        Assert.Single(connector.Calls);
    }

    [Theory]
    [InlineData("with trailing slash")]
    [InlineData("without trailing slash")]
    public async Task ConversationAndActivityIdsAreEscapedUnderExactlyOneV3Segment(string form)
    {
        var serviceUrl = form == "with trailing slash" ? connector.Url + "/" : connector.Url;
        var client = CreateClient();

        await client.ReplyToActivityAsync(serviceUrl, "19:abc@thread.tacv2;messageid=17", "1:1ab|c d", MessageFactory.Text("hi"));

        Assert.Equal("/v3/conversations/19%3Aabc%40thread.tacv2%3Bmessageid%3D17/activities/1%3A1ab%7Cc%20d", connector.Calls.Single().RawTarget);
    }

    [Fact]
    public async Task UpdateReplacesAndDeleteRemovesTheActivity()
    {
        var client = CreateClient();

        await client.UpdateActivityAsync(connector.ServiceUrl, "conv", "a-1", new Activity { Type = ActivityTypes.Message, Id = "a-1", Text = "new" });
        await client.DeleteActivityAsync(connector.ServiceUrl, "conv", "a-1");

        Assert.Equal(
            ["PUT /v3/conversations/conv/activities/a-1", "DELETE /v3/conversations/conv/activities/a-1"],
            connector.Calls.Select(c => $"{c.Method} {c.Path}"));
        Assert.Equal("new", connector.Calls.First().Activity!.Text);
    }

    [Fact]
    public async Task ASuccessWithoutABodyGivesAnEmptyId()
    {
        connector.AnswerWithEmptyBody = true;
        var client = CreateClient();

        var response = await client.SendToConversationAsync(connector.Url, "conv", MessageFactory.Text("hi"));

        Assert.Equal(string.Empty, response.Id);
    }

    [Fact]
    public async Task WithoutAnAppIdCallsCarryNoToken()
    {
        var client = CreateClient();

        await client.SendToConversationAsync(connector.ServiceUrl, "conv", MessageFactory.Text("hi"));

        Assert.Equal(string.Empty, connector.Calls.Single().Authorization);
        Assert.Equal(0, connector.TokenRequests);
    }

    [Fact]
    public async Task WithAnAppIdCallsCarryAClientCredentialsTokenThatIsReused()
    {
        var client = CreateClient(appId: "7c0a1d52-6d3b-4c57-9d1f-2f1a3b4c5d6e");

        await client.SendToConversationAsync(connector.ServiceUrl, "conv", MessageFactory.Text("one"));
        await client.SendToConversationAsync(connector.ServiceUrl, "conv", MessageFactory.Text("two"));

        Assert.All(connector.Calls, call => Assert.Equal("Bearer " + connector.IssuedToken, call.Authorization));
        Assert.Equal(1, connector.TokenRequests);
    }

    private ConnectorClient CreateClient(int maxAttempts = 4, string baseDelay = "00:00:00.050", string? appId = null)
    {
        var configuration = new ConfigurationBuilder().AddInMemoryCollection(new Dictionary<string, string?>
        {
            ["MicrosoftAppId"] = appId,
            ["MicrosoftAppPassword"] = appId is null ? null : "not-a-real-secret",
            ["BotRuntime:TokenEndpoint"] = connector.TokenEndpoint,
            ["BotRuntime:ConnectorRetry:MaxAttempts"] = maxAttempts.ToString(System.Globalization.CultureInfo.InvariantCulture),
            ["BotRuntime:ConnectorRetry:BaseDelay"] = baseDelay,
        }).Build();
        var services = new ServiceCollection().AddLogging().AddBotRuntime(configuration).BuildServiceProvider();
        return services.GetRequiredService<ConnectorClient>();
    }
}
