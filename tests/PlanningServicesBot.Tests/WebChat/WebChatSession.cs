using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json;
using System.Text.Json.Nodes;
using BotRuntime.Schema;

namespace PlanningServicesBot.Tests.WebChat;

/// <summary>
/// A web chat conversation over plain HTTP, as the page holds one: a token from POST /webchat/token, the Direct Line
/// conversation started with it, activities posted and the log polled by watermark.
/// </summary>
public sealed class WebChatSession(HttpClient http, string token, string conversationId)
{
    private static readonly TimeSpan ReplyPatience = TimeSpan.FromSeconds(15);

    public string Token { get; set; } = token;

    public string ConversationId { get; } = conversationId;

    public static async Task<WebChatSession> StartAsync(HttpClient http, string identity = "customer")
    {
        using var tokenResponse = await http.PostAsJsonAsync("/webchat/token", new { identity });
        Assert.Equal(HttpStatusCode.OK, tokenResponse.StatusCode);
        var issued = JsonNode.Parse(await tokenResponse.Content.ReadAsStringAsync())!;
        var session = new WebChatSession(http, (string)issued["token"]!, (string)issued["conversationId"]!);
        var (status, _) = await session.SendAsync(HttpMethod.Post, "/v3/directline/conversations", new { locale = "en-GB" });
        Assert.Equal(HttpStatusCode.Created, status);
        return session;
    }

    public async Task<(HttpStatusCode Status, JsonNode? Body)> SendAsync(HttpMethod method, string path, object? body = null, string? rawBody = null)
    {
        using var request = new HttpRequestMessage(method, path);
        request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", Token);
        if (rawBody is not null)
        {
            request.Content = new StringContent(rawBody, MediaTypeHeaderValue.Parse("application/json"));
        }
        else if (body is not null)
        {
            request.Content = JsonContent.Create(body);
        }

        using var response = await http.SendAsync(request);
        var text = await response.Content.ReadAsStringAsync();
        return (response.StatusCode, text.Length == 0 ? null : JsonNode.Parse(text));
    }

    /// <summary>Posts the activity and returns the bot's replies to it (the turn has ended when the post is answered).</summary>
    public async Task<IReadOnlyList<Activity>> PostAsync(object activity)
    {
        var (status, posted) = await SendAsync(HttpMethod.Post, $"/v3/directline/conversations/{ConversationId}/activities", activity);
        Assert.True(status == HttpStatusCode.OK, $"posting answered {status}: {posted}");
        var id = (string)posted!["id"]!;
        var deadline = DateTime.UtcNow + ReplyPatience;
        while (true)
        {
            var replies = (await ReadAllAsync()).Where(a => a.ReplyToId == id).ToList();
            if (replies.Count > 0 || DateTime.UtcNow > deadline)
            {
                return replies;
            }

            await Task.Delay(100);
        }
    }

    public Task<IReadOnlyList<Activity>> JoinAsync() => PostAsync(new { type = "event", name = "webchat/join", locale = "en-GB" });

    public Task<IReadOnlyList<Activity>> SayAsync(string text) => PostAsync(new { type = "message", text, locale = "en-GB" });

    /// <summary>The whole log, paging by watermark.</summary>
    public async Task<IReadOnlyList<Activity>> ReadAllAsync(string watermark = "")
    {
        var activities = new List<Activity>();
        while (true)
        {
            var (status, set) = await SendAsync(HttpMethod.Get, $"/v3/directline/conversations/{ConversationId}/activities?watermark={watermark}");
            Assert.Equal(HttpStatusCode.OK, status);
            var page = set!["activities"]!.AsArray();
            if (page.Count == 0)
            {
                return activities;
            }

            activities.AddRange(page.Select(a => JsonSerializer.Deserialize<Activity>(a!.ToJsonString(), BotJson.Options)!));
            watermark = (string)set["watermark"]!;
        }
    }
}
