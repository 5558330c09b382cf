using System.Text.Json;
using System.Text.Json.Serialization;

namespace BotRuntime.Schema;

public class ConversationReference
{
    public string? ActivityId { get; set; }

    public ChannelAccount? User { get; set; }

    public ChannelAccount? Bot { get; set; }

    public ConversationAccount? Conversation { get; set; }

    public string? ChannelId { get; set; }

    public string? Locale { get; set; }

    public string? ServiceUrl { get; set; }

    [JsonExtensionData]
    public Dictionary<string, JsonElement>? Properties { get; set; }

    /// <summary>The synthetic ContinueConversation event a proactive turn runs on; it has no id, so its replies are not threaded.</summary>
    public Activity GetContinuationActivity() => new()
    {
        Type = ActivityTypes.Event,
        Name = ActivityEventNames.ContinueConversation,
        ChannelId = ChannelId,
        ServiceUrl = ServiceUrl,
        Conversation = Conversation,
        Recipient = Bot,
        From = User,
        RelatesTo = this,
        Locale = Locale,
    };

    /// <summary>A deep copy (see <see cref="SchemaCopy"/>).</summary>
    public ConversationReference Copy()
    {
        var copy = (ConversationReference)MemberwiseClone();
        copy.User = User?.Copy();
        copy.Bot = Bot?.Copy();
        copy.Conversation = Conversation?.Copy();
        copy.Properties = SchemaCopy.Of(Properties);
        return copy;
    }
}
