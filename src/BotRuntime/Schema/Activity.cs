using System.Text.Json;
using System.Text.Json.Serialization;

namespace BotRuntime.Schema;

/// <summary>A Bot Framework activity (v3 schema). Fields this type does not name survive a round trip in <see cref="Properties"/>.</summary>
public class Activity
{
    public string? Type { get; set; }

    public string? Id { get; set; }

    [JsonConverter(typeof(LenientDateTimeOffsetConverter))]
    public DateTimeOffset? Timestamp { get; set; }

    [JsonConverter(typeof(LenientDateTimeOffsetConverter))]
    public DateTimeOffset? LocalTimestamp { get; set; }

    /// <summary>IANA time zone name of the user, e.g. Europe/Paris.</summary>
    public string? LocalTimezone { get; set; }

    public string? CallerId { get; set; }

    public string? ServiceUrl { get; set; }

    public string? ChannelId { get; set; }

    public ChannelAccount? From { get; set; }

    public ConversationAccount? Conversation { get; set; }

    public ChannelAccount? Recipient { get; set; }

    public string? TextFormat { get; set; }

    public string? AttachmentLayout { get; set; }

    public IList<ChannelAccount>? MembersAdded { get; set; }

    public IList<ChannelAccount>? MembersRemoved { get; set; }

    public IList<MessageReaction>? ReactionsAdded { get; set; }

    public IList<MessageReaction>? ReactionsRemoved { get; set; }

    public string? TopicName { get; set; }

    public bool? HistoryDisclosed { get; set; }

    public string? Locale { get; set; }

    public string? Text { get; set; }

    public string? Speak { get; set; }

    public string? InputHint { get; set; }

    public string? Summary { get; set; }

    public SuggestedActions? SuggestedActions { get; set; }

    public IList<Attachment>? Attachments { get; set; }

    public IList<Entity>? Entities { get; set; }

    public JsonElement? ChannelData { get; set; }

    public string? Action { get; set; }

    public string? ReplyToId { get; set; }

    public string? Label { get; set; }

    public string? ValueType { get; set; }

    public JsonElement? Value { get; set; }

    public string? Name { get; set; }

    public ConversationReference? RelatesTo { get; set; }

    public string? Code { get; set; }

    [JsonConverter(typeof(LenientDateTimeOffsetConverter))]
    public DateTimeOffset? Expiration { get; set; }

    public string? Importance { get; set; }

    public string? DeliveryMode { get; set; }

    public IList<string>? ListenFor { get; set; }

    [JsonExtensionData]
    public Dictionary<string, JsonElement>? Properties { get; set; }

    public static Activity CreateMessageActivity(string? text = null) => new() { Type = ActivityTypes.Message, Text = text };

    public static Activity CreateTypingActivity() => new() { Type = ActivityTypes.Typing };

    public static Activity CreateEventActivity(string name, JsonElement? value = null) =>
        new() { Type = ActivityTypes.Event, Name = name, Value = value };

    public static Activity CreateTraceActivity(string name, string? valueType = null, JsonElement? value = null, string? label = null) =>
        new() { Type = ActivityTypes.Trace, Name = name, ValueType = valueType, Value = value, Label = label };

    public static Activity Parse(string json) =>
        JsonSerializer.Deserialize<Activity>(json, BotJson.Options) ?? throw new JsonException("The JSON is null, not an activity.");

    public string ToJson() => JsonSerializer.Serialize(this, BotJson.Options);

    public bool IsType(string type) => string.Equals(Type, type, StringComparison.OrdinalIgnoreCase);

    /// <summary>A message answering this activity: addressed back to its sender, in its conversation and locale.</summary>
    public Activity CreateReply(string? text = null, string? locale = null)
    {
        var reply = new Activity
        {
            Type = ActivityTypes.Message,
            Timestamp = DateTimeOffset.UtcNow,
            From = Recipient is null ? null : new ChannelAccount(Recipient.Id ?? string.Empty, Recipient.Name),
            Recipient = From is null ? null : new ChannelAccount(From.Id ?? string.Empty, From.Name),
            ReplyToId = OmitsReplyToId() ? null : Id,
            ServiceUrl = ServiceUrl,
            ChannelId = ChannelId,
            Conversation = Conversation is null ? null : new ConversationAccount(Conversation.Id ?? string.Empty, Conversation.Name, Conversation.IsGroup),
            Text = text ?? string.Empty,
            Locale = locale ?? Locale,
        };
        return reply;
    }

    public ConversationReference GetConversationReference() => new()
    {
        ActivityId = OmitsReplyToId() ? null : Id,
        User = From,
        Bot = Recipient,
        Conversation = Conversation,
        ChannelId = ChannelId,
        Locale = Locale,
        ServiceUrl = ServiceUrl,
    };

    /// <summary>
    /// Addresses this activity by a conversation reference: as a reply going out (from = bot) or,
    /// with <paramref name="isIncoming"/>, as if it came from the user.
    /// </summary>
    public Activity ApplyConversationReference(ConversationReference reference, bool isIncoming = false)
    {
        ChannelId = reference.ChannelId;
        ServiceUrl = reference.ServiceUrl;
        Conversation = reference.Conversation;
        if (isIncoming)
        {
            From = reference.User;
            Recipient = reference.Bot;
            Locale = reference.Locale ?? Locale;
            if (reference.ActivityId is not null)
            {
                Id = reference.ActivityId;
            }
        }
        else
        {
            From = reference.Bot;
            Recipient = reference.User;
            // Fill only a missing locale; overwriting it was SDK bug dotnet#5820.
            if (string.IsNullOrEmpty(Locale))
            {
                Locale = reference.Locale;
            }

            if (reference.ActivityId is not null)
            {
                ReplyToId = reference.ActivityId;
            }
        }

        return this;
    }

    /// <summary>
    /// A deep copy, unknown fields included: every nested object, list and dictionary is copied; strings and JSON
    /// values (immutable) are shared. Field by field rather than through JSON, since every turn copies activities.
    /// </summary>
    public Activity Clone()
    {
        var copy = (Activity)MemberwiseClone();
        copy.From = From?.Copy();
        copy.Conversation = Conversation?.Copy();
        copy.Recipient = Recipient?.Copy();
        copy.MembersAdded = SchemaCopy.Of(MembersAdded, a => a.Copy());
        copy.MembersRemoved = SchemaCopy.Of(MembersRemoved, a => a.Copy());
        copy.ReactionsAdded = SchemaCopy.Of(ReactionsAdded, r => r.Copy());
        copy.ReactionsRemoved = SchemaCopy.Of(ReactionsRemoved, r => r.Copy());
        copy.SuggestedActions = SuggestedActions?.Copy();
        copy.Attachments = SchemaCopy.Of(Attachments, a => a.Copy());
        copy.Entities = SchemaCopy.Of(Entities, e => e.Copy());
        copy.RelatesTo = RelatesTo?.Copy();
        copy.ListenFor = SchemaCopy.Of(ListenFor);
        copy.Properties = SchemaCopy.Of(Properties);
        return copy;
    }

    // Direct Line and Web Chat reject a reply to a conversationUpdate that carries its id.
    private bool OmitsReplyToId() =>
        IsType(ActivityTypes.ConversationUpdate)
        && (string.Equals(ChannelId, Channels.DirectLine, StringComparison.Ordinal) || string.Equals(ChannelId, Channels.Webchat, StringComparison.Ordinal));
}
