using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using System.Text.Json.Nodes;
using BotRuntime.Schema;

namespace PlanningServicesBot.Tests.Support;

/// <summary>One user's conversation with the bot through /api/messages in expectReplies mode, as a channel would hold it.</summary>
public sealed class BotConversation(HttpClient client, string userId = "user-1", string? locale = "en-GB", string? timeZone = null)
{
    /// <summary>A Teams-style identity (AAD object id + tenant) that the bot maps to a partner user or support staff.</summary>
    public (string TenantId, string AadObjectId)? Identity { get; init; }

    /// <summary>A conversation as a signed-in Teams user.</summary>
    public static BotConversation As(HttpClient client, string tenantId, string aadObjectId, string? locale = "en-GB", string? timeZone = null) =>
        new(client, "29:" + aadObjectId, locale, timeZone) { Identity = (tenantId, aadObjectId) };

    private readonly string _conversationId = "conv-" + Guid.NewGuid().ToString("N");
    private int _sequence;

    public string ConversationId => _conversationId;

    public Task<IReadOnlyList<Activity>> StartAsync() => PostAsync(new Activity
    {
        Type = ActivityTypes.ConversationUpdate,
        MembersAdded = [new ChannelAccount { Id = "bot" }, new ChannelAccount { Id = userId }],
    });

    public Task<IReadOnlyList<Activity>> SayAsync(string text) => PostAsync(new Activity { Type = ActivityTypes.Message, Text = text });

    public Task<IReadOnlyList<Activity>> SubmitAsync(object value) => PostAsync(new Activity
    {
        Type = ActivityTypes.Message,
        Value = JsonSerializer.SerializeToElement(value),
    });

    public async Task<IReadOnlyList<Activity>> PostAsync(Activity activity)
    {
        activity.Id = $"{_conversationId}|{++_sequence:D7}";
        activity.ChannelId ??= "test";
        activity.ServiceUrl = "http://127.0.0.1:1/";
        activity.From ??= new ChannelAccount { Id = userId, Name = "Test user", AadObjectId = Identity?.AadObjectId };
        if (Identity is { } identity)
        {
            activity.ChannelId = "msteams";
            activity.ChannelData ??= JsonSerializer.SerializeToElement(new { tenant = new { id = identity.TenantId } });
        }
        activity.Recipient = new ChannelAccount { Id = "bot", Name = "PlanningServicesBot" };
        activity.Conversation = new ConversationAccount { Id = _conversationId };
        activity.Locale ??= locale;
        activity.LocalTimezone ??= timeZone;
        activity.DeliveryMode = DeliveryModes.ExpectReplies;

        using var response = await client.PostAsJsonAsync("/api/messages", activity, BotJson.Options);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var replies = await response.Content.ReadFromJsonAsync<ExpectedReplies>(BotJson.Options);
        return replies?.Activities?.ToList() ?? [];
    }
}

public static class ActivityAssertions
{
    /// <summary>The Adaptive Card carried by the reply, if any.</summary>
    public static JsonObject? Card(this Activity activity) =>
        activity.Attachments?.FirstOrDefault(a => a.ContentType == "application/vnd.microsoft.card.adaptive")?.Content is { } content
            ? JsonNode.Parse(content.GetRawText())!.AsObject()
            : null;

    /// <summary>All the texts a person would read in the replies: message texts and every string in their cards.</summary>
    public static string Readable(this IEnumerable<Activity> activities) =>
        string.Join("\n", activities.SelectMany(a => new[] { a.Text ?? string.Empty }.Concat(Strings(a.Card()))));

    private static IEnumerable<string> Strings(JsonNode? node) => node switch
    {
        JsonObject obj => obj.SelectMany(p => p.Key is "text" or "title" or "value" ? Strings(p.Value) : p.Value is JsonObject or JsonArray ? Strings(p.Value) : []),
        JsonArray array => array.SelectMany(Strings),
        JsonValue value when value.TryGetValue<string>(out var s) => [s],
        JsonValue value => [value.ToJsonString()],
        _ => [],
    };
}
