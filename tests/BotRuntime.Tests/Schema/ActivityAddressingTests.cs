using BotRuntime.Schema;

namespace BotRuntime.Tests.Schema;

public class ActivityAddressingTests
{
    [Fact]
    public void ReplyGoesBackToTheSenderInTheSameConversation()
    {
        var inbound = Activity.Parse(ChannelActivityFixtures.Read("directline-card-submit"));

        var reply = inbound.CreateReply("Saved.");

        Assert.Equal("mybot@abc", reply.From!.Id);
        Assert.Equal("dl_3f2a9c81", reply.Recipient!.Id);
        Assert.Equal("Kx9a2Bc3", reply.Conversation!.Id);
        Assert.Equal("Kx9a2Bc3|0000007", reply.ReplyToId);
        Assert.Equal("de-DE", reply.Locale);
        Assert.Equal("directline", reply.ChannelId);
    }

    [Theory]
    [InlineData("directline", false)]
    [InlineData("webchat", false)]
    [InlineData("msteams", true)]
    [InlineData("emulator", true)]
    public void ConversationUpdateIsRepliedToWithoutReplyToIdOnlyOnDirectLineAndWebChat(string channelId, bool hasReplyToId)
    {
        var inbound = new Activity
        {
            Type = ActivityTypes.ConversationUpdate,
            Id = "update-1",
            ChannelId = channelId,
            Conversation = new ConversationAccount("c1"),
        };

        Assert.Equal(hasReplyToId, inbound.CreateReply("hi").ReplyToId is not null);
        Assert.Equal(hasReplyToId, inbound.GetConversationReference().ActivityId is not null);
    }

    [Fact]
    public void ConversationReferenceHoldsTheAddressOfTheConversation()
    {
        var inbound = Activity.Parse(ChannelActivityFixtures.Read("teams-message-with-mention"));

        var reference = inbound.GetConversationReference();

        Assert.Equal("1740817801184", reference.ActivityId);
        Assert.Equal(inbound.From!.Id, reference.User!.Id);
        Assert.Equal(inbound.Recipient!.Id, reference.Bot!.Id);
        Assert.Equal("https://smba.trafficmanager.net/emea/", reference.ServiceUrl);
        Assert.Equal("msteams", reference.ChannelId);
        Assert.Equal("en-US", reference.Locale);
    }

    [Fact]
    public void ApplyingAReferenceKeepsAReplyLocaleThatIsAlreadySet()
    {
        var reference = new ConversationReference { ChannelId = "test", Conversation = new ConversationAccount("c"), Locale = "en-US" };

        var reply = new Activity { Type = ActivityTypes.Message, Locale = "fr-FR" }.ApplyConversationReference(reference);

        Assert.Equal("fr-FR", reply.Locale);
    }
}
