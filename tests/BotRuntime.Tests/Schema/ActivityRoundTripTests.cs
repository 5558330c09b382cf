using System.Text.Json;
using System.Text.Json.Nodes;
using BotRuntime.Schema;

namespace BotRuntime.Tests.Schema;

public class ActivityRoundTripTests
{
    [Theory]
    [MemberData(nameof(ChannelActivityFixtures.Names), MemberType = typeof(ChannelActivityFixtures))]
    public void ChannelActivityRoundTripsWithEveryFieldKept(string fixture)
    {
        var activity = Activity.Parse(ChannelActivityFixtures.Read(fixture));

        var written = JsonNode.Parse(activity.ToJson())!;

        var expected = ChannelActivityFixtures.ReadWithoutEmptyArrays(fixture);
        Assert.True(JsonNode.DeepEquals(expected, written), $"Round trip of {fixture} changed it:\n{written.ToJsonString()}");
    }

    [Theory]
    [MemberData(nameof(ChannelActivityFixtures.Names), MemberType = typeof(ChannelActivityFixtures))]
    public void ACloneWritesTheSameJsonAsItsOriginal(string fixture)
    {
        var activity = Activity.Parse(ChannelActivityFixtures.Read(fixture));

        Assert.Equal(activity.ToJson(), activity.Clone().ToJson());
    }

    [Fact]
    public void ChangingAnythingInACloneLeavesTheOriginalAlone()
    {
        var original = Activity.Parse(ChannelActivityFixtures.Read("webchat-event-with-unknown-fields"));
        original.MembersAdded = [new ChannelAccount { Id = "member" }];
        original.ReactionsAdded = [new MessageReaction { Type = "like" }];
        original.Attachments = [Attachment.CreateAdaptiveCard("{\"type\":\"AdaptiveCard\",\"version\":\"1.5\"}")];
        original.Entities = [new Entity { Type = "clientInfo" }];
        original.SuggestedActions = new SuggestedActions { To = ["user"], Actions = [new CardAction { Title = "Menu" }] };
        original.ListenFor = ["menu"];
        var before = original.ToJson();

        var clone = original.Clone();
        clone.From!.Name = "changed";
        clone.From.Properties!["futureField"] = JsonSerializer.SerializeToElement(2);
        clone.Conversation!.Id = "changed";
        clone.Conversation.Properties!.Clear();
        clone.Recipient!.Id = "changed";
        clone.RelatesTo!.Conversation!.Id = "changed";
        clone.RelatesTo.Properties!.Clear();
        clone.MembersAdded![0].Id = "changed";
        clone.MembersAdded.Add(new ChannelAccount());
        clone.ReactionsAdded![0].Type = "changed";
        clone.Attachments![0].Name = "changed";
        clone.Attachments.Clear();
        clone.Entities![0].Type = "changed";
        clone.SuggestedActions!.Actions![0].Title = "changed";
        clone.SuggestedActions.To!.Add("someone");
        clone.ListenFor!.Add("changed");
        clone.Properties!.Clear();

        Assert.Equal(before, original.ToJson());
    }

    [Theory]
    [MemberData(nameof(ChannelActivityFixtures.Names), MemberType = typeof(ChannelActivityFixtures))]
    public void ChannelActivityHasTypeAndConversation(string fixture)
    {
        var activity = Activity.Parse(ChannelActivityFixtures.Read(fixture));

        Assert.False(string.IsNullOrEmpty(activity.Type));
        Assert.False(string.IsNullOrEmpty(activity.Conversation?.Id));
        Assert.False(string.IsNullOrEmpty(activity.ChannelId));
    }

    [Fact]
    public void UnknownFieldsAreKeptAtEveryLevel()
    {
        var activity = Activity.Parse(ChannelActivityFixtures.Read("webchat-event-with-unknown-fields"));

        Assert.True(activity.Properties!.ContainsKey("textHighlights"));
        Assert.True(activity.Properties.ContainsKey("semanticAction"));
        Assert.Equal(1, activity.From!.Properties!["futureField"].GetProperty("a").GetInt32());
        Assert.True(activity.Conversation!.Properties!["someChannelExtra"].GetBoolean());
        Assert.Equal("kept", activity.RelatesTo!.Properties!["unknownInReference"].GetString());
    }

    [Fact]
    public void UnknownEnumValuesAreKeptAsTheyCame()
    {
        var activity = Activity.Parse(ChannelActivityFixtures.Read("webchat-event-with-unknown-fields"));

        Assert.Equal("someFutureMode", activity.DeliveryMode);
        Assert.Equal("someFutureHint", activity.InputHint);
        Assert.Equal("urgent-ish", activity.Importance);
    }

    [Fact]
    public void CardSubmitValueAndChannelDataAreReadable()
    {
        var activity = Activity.Parse(ChannelActivityFixtures.Read("directline-card-submit"));

        Assert.Null(activity.Text);
        Assert.Equal("42", activity.Value!.Value.GetProperty("orderId").GetString());
        Assert.True(activity.ChannelData!.Value.GetProperty("postBack").GetBoolean());
    }

    [Fact]
    public void LocalTimestampKeepsItsOffset()
    {
        var activity = Activity.Parse(ChannelActivityFixtures.Read("teams-message-with-mention"));

        Assert.Equal(TimeSpan.FromHours(1), activity.LocalTimestamp!.Value.Offset);
        Assert.Equal(TimeSpan.Zero, activity.Timestamp!.Value.Offset);
    }

    [Fact]
    public void AnUnreadableTimestampDoesNotRejectTheActivity()
    {
        var activity = Activity.Parse("""{"type":"message","timestamp":"yesterday-ish","conversation":{"id":"c"}}""");

        Assert.Null(activity.Timestamp);
        Assert.Equal("message", activity.Type);
    }

    [Fact]
    public void NullsAndEmptyArraysAreNotWritten()
    {
        var activity = new Activity { Type = ActivityTypes.Message, Text = "hi", Attachments = [], Entities = [] };

        var json = activity.ToJson();

        Assert.Equal("""{"type":"message","text":"hi"}""", json);
    }

    [Fact]
    public void AdaptiveCardAttachmentCarriesTheCardAsAnObject()
    {
        var card = new JsonObject { ["type"] = "AdaptiveCard", ["version"] = "1.5", ["body"] = new JsonArray() };

        var attachment = Attachment.CreateAdaptiveCard(card);
        var written = JsonNode.Parse(JsonSerializer.Serialize(attachment, BotJson.Options))!;

        Assert.Equal("application/vnd.microsoft.card.adaptive", (string?)written["contentType"]);
        Assert.Equal("AdaptiveCard", (string?)written["content"]!["type"]);
        Assert.IsType<JsonArray>(written["content"]!["body"]);
    }

    [Fact]
    public void JsonValuesAreWrittenAsTheTextTheyWereReadFrom()
    {
        // Escapes and spacing as a client might send them: written back as they came, not re-encoded token by token.
        const string card = """{"type":"AdaptiveCard", "body":[{"text":"caf\u00e9 \"A\" <b>"}] }""";
        const string value = """{"action" : "status", "n":1.50}""";
        var activity = Activity.Parse($$"""{"type":"message","conversation":{"id":"c"},"value":{{value}},"attachments":[{"contentType":"application/vnd.microsoft.card.adaptive","content":{{card}}}]}""");

        var written = activity.ToJson();

        Assert.Contains($"\"value\":{value}", written, StringComparison.Ordinal);
        Assert.Contains($"\"content\":{card}", written, StringComparison.Ordinal);
        Assert.Equal("café \"A\" <b>", (string?)JsonNode.Parse(written)!["attachments"]![0]!["content"]!["body"]![0]!["text"]);
    }

    [Fact]
    public void ExpectedRepliesAlwaysWritesItsActivitiesArray()
    {
        var json = JsonSerializer.Serialize(new ExpectedReplies([]), BotJson.Options);

        Assert.Equal("""{"activities":[]}""", json);
    }
}
