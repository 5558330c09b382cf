using BotRuntime.Schema;
using BotRuntime.Testing;

namespace BotRuntime.Tests.Dialogs.TestKit;

public class TestFlowTests
{
    private readonly List<Activity> received = [];

    private Task Echo(ITurnContext turn, CancellationToken ct)
    {
        received.Add(turn.Activity);
        return turn.Activity.IsType(ActivityTypes.Message) && turn.Activity.Text is { } text
            ? turn.SendActivityAsync($"echo: {text}", cancellationToken: ct)
            : Task.CompletedTask;
    }

    [Fact]
    public async Task IncomingActivitiesGetTheTestDefaultsAndSequentialIds()
    {
        await new TestFlow(new TestAdapter(), Echo).Send("a").Send("b").StartTestAsync();

        Assert.Equal(["0", "1"], received.Select(a => a.Id));
        var first = received[0];
        Assert.Equal(
            ("test", "https://test.com", "user1", "User1", "bot", "convo1", "en-us"),
            (first.ChannelId, first.ServiceUrl, first.From!.Id, first.From.Name, first.Recipient!.Id, first.Conversation!.Id, first.Locale));
        Assert.NotNull(first.Timestamp);
    }

    [Fact]
    public async Task SendValueLooksLikeAWebChatCardSubmit()
    {
        await new TestFlow(new TestAdapter(), Echo).SendValue(new { choice = "reserve" }).AssertNoReply().StartTestAsync();

        var submit = Assert.Single(received);
        Assert.Null(submit.Text);
        Assert.Equal("reserve", submit.Value!.Value.GetProperty("choice").GetString());
        Assert.True(submit.ChannelData!.Value.GetProperty("postBack").GetBoolean());
    }

    [Fact]
    public async Task AWrongReplyFailsWithWhatWasExpectedAndTheTranscript()
    {
        var flow = new TestFlow(new TestAdapter(), Echo).Send("hello").AssertReply("goodbye");

        var failure = await Assert.ThrowsAsync<TestFlowAssertionException>(() => flow.StartTestAsync());

        Assert.Contains("\"goodbye\"", failure.Message, StringComparison.Ordinal);
        Assert.Contains("echo: hello", failure.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task AMissingReplyFailsAfterTheTimeout()
    {
        var flow = new TestFlow(new TestAdapter(), Echo).SendConversationUpdate().AssertReply("welcome", timeoutMilliseconds: 20);

        var failure = await Assert.ThrowsAsync<TestFlowAssertionException>(() => flow.StartTestAsync());

        Assert.Contains("no reply within 20 ms", failure.Message, StringComparison.Ordinal);
        Assert.Equal(ActivityTypes.ConversationUpdate, Assert.Single(received).Type);
    }

    [Fact]
    public async Task AnUnexpectedReplyFailsAssertNoReply()
    {
        var flow = new TestFlow(new TestAdapter(), Echo).Send("hello").AssertNoReply();

        await Assert.ThrowsAsync<TestFlowAssertionException>(() => flow.StartTestAsync());
    }

    [Fact]
    public async Task RepliesAreCheckedInOrderByTextContentOrPredicate()
    {
        await new TestFlow(new TestAdapter(), Echo)
            .Test("one", "echo: one")
            .Send("two").AssertReplyContains("two")
            .Send("three").AssertReplyOneOf("echo: 3", "echo: three")
            .Send("four").AssertReply(reply => reply.From?.Id == "bot" && reply.ReplyToId == "3")
            .StartTestAsync();
    }

    [Fact]
    public async Task TheTranscriptIsWrittenToTheLog()
    {
        var lines = new List<string>();
        await new TestFlow(new TestAdapter { Log = lines.Add }, Echo).Test("hi", "echo: hi").StartTestAsync();

        Assert.Equal(["user: hi", "bot: echo: hi"], lines);
    }

    [Fact]
    public async Task AnInvokeReturnsTheBotsInvokeResponse()
    {
        var adapter = new TestAdapter();
        var invoke = adapter.MakeActivity();
        invoke.Type = ActivityTypes.Invoke;
        invoke.Name = "adaptiveCard/action";

        var response = await adapter.ProcessActivityAsync(invoke, (turn, ct) =>
            turn.SendActivityAsync(new Activity { Type = ActivityTypes.InvokeResponse, Value = System.Text.Json.JsonSerializer.SerializeToElement(new InvokeResponse(200), BotJson.Options) }, ct));

        Assert.Equal(200, response?.Status);
        Assert.Null(adapter.GetNextReply());
    }
}
