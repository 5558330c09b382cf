using System.Net.Http.Headers;
using System.Text.Json;
using BotRuntime.Schema;

namespace PlanningServicesBot.LoadDriver;

/// <summary>Plays one user turn of a script (the status journey) against /api/messages and checks the bot's answer.</summary>
public sealed class BotTurnSender(HttpClient http, Uri messagesEndpoint, ConnectorEndpoint connector, ITurnScript journey)
{
    private static readonly TimeSpan TurnTimeout = TimeSpan.FromSeconds(30);

    // Replies go out before the bot's HTTP answer; this only covers the driver's own scheduling.
    private static readonly TimeSpan ReplyGrace = TimeSpan.FromSeconds(2);
    private static readonly MediaTypeHeaderValue Json = new("application/json") { CharSet = "utf-8" };

    /// <summary>Null when the bot answered the turn as the journey expects, else what went wrong.</summary>
    public async Task<string?> SendAsync(Delivery delivery, string conversationId, string userId, int turn)
    {
        using var timeout = new CancellationTokenSource(TurnTimeout);
        var activity = UserMessage(delivery, connector.ServiceUrl, conversationId, userId, journey.UserText(turn), turn);
        var pending = delivery == Delivery.ServiceUrl ? connector.Expect(conversationId, reply => journey.EndsTurn(turn, reply)) : null;
        try
        {
            using var content = new ByteArrayContent(JsonSerializer.SerializeToUtf8Bytes(activity, BotJson.Options));
            content.Headers.ContentType = Json;
            using var response = await http.PostAsync(messagesEndpoint, content, timeout.Token);
            var body = await response.Content.ReadAsByteArrayAsync(timeout.Token);
            if (!response.IsSuccessStatusCode)
            {
                return $"turn {turn}: HTTP {(int)response.StatusCode} {Snippet(body)}";
            }

            if (pending is null)
            {
                // {"activities":[…]} read as it came; the replies are checked on the JSON (see ITurnScript.EndsTurn).
                using var document = JsonDocument.Parse(body);
                var replies = document.RootElement.ValueKind == JsonValueKind.Object
                    && document.RootElement.TryGetProperty("activities", out var activities)
                    && activities.ValueKind == JsonValueKind.Array
                        ? activities.EnumerateArray().ToList()
                        : [];
                return replies.Exists(reply => journey.EndsTurn(turn, reply))
                    ? null
                    : $"turn {turn}: expected {journey.Expected(turn)}, got {Describe(replies)}";
            }

            await pending.Ended.WaitAsync(ReplyGrace, timeout.Token);
            return null;
        }
        catch (TimeoutException)
        {
            return $"turn {turn}: the bot answered HTTP 200 but no reply ended the turn; expected {journey.Expected(turn)}, got {Describe(pending!.Received)}";
        }
        catch (OperationCanceledException) when (timeout.IsCancellationRequested)
        {
            return $"turn {turn}: no answer within {TurnTimeout.TotalSeconds:0} s"
                + (pending is null ? string.Empty : $"; expected {journey.Expected(turn)}, got {Describe(pending.Received)}");
        }
        catch (HttpRequestException e)
        {
            return $"turn {turn}: {e.Message}";
        }
        finally
        {
            if (pending is not null)
            {
                connector.Forget(conversationId);
            }
        }
    }

    /// <summary>A customer's message as Direct Line forwards it.</summary>
    public static Activity UserMessage(Delivery delivery, string serviceUrl, string conversationId, string userId, string text, int turn)
    {
        var now = DateTimeOffset.UtcNow;
        return new Activity
        {
            Type = ActivityTypes.Message,
            Id = $"{conversationId}|{turn:D5}",
            Timestamp = now,
            LocalTimestamp = now,
            LocalTimezone = "Europe/Paris",
            ChannelId = Channels.DirectLine,
            // Also on expectReplies turns: a bot that wrongly POSTs them anyway shows up as stray replies.
            ServiceUrl = serviceUrl,
            From = new ChannelAccount(userId, "Load driver customer", RoleTypes.User),
            Recipient = new ChannelAccount("planning-services-bot", "Planning Services", RoleTypes.Bot),
            Conversation = new ConversationAccount(conversationId),
            Locale = StatusJourney.Locale,
            TextFormat = TextFormatTypes.Plain,
            Text = text,
            DeliveryMode = delivery == Delivery.ExpectReplies ? DeliveryModes.ExpectReplies : null,
        };
    }

    private static string Describe(IEnumerable<JsonElement> replies)
    {
        var described = replies.Select(reply => reply.Deserialize<Activity>(BotJson.Options)).OfType<Activity>()
            .Select(a => $"{a.Type} {(a.Text is { } t ? '"' + t + '"' : string.Empty)}{(a.Attachments is { Count: > 0 } c ? $" [{string.Join(", ", c.Select(x => x.ContentType))}]" : string.Empty)}")
            .ToList();
        return described.Count == 0 ? "no reply" : string.Join(" | ", described);
    }

    private static string Snippet(byte[] body)
    {
        var text = System.Text.Encoding.UTF8.GetString(body);
        return text.Length <= 300 ? text : text[..300] + "…";
    }
}
