using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json.Nodes;

namespace BotRuntime.Tests.DirectLine;

/// <summary>Raw Direct Line 3.0 calls, as a client makes them, answering status and JSON body.</summary>
public sealed class DirectLineClient(HttpClient http, string? credential) : IDisposable
{
    public string? Credential { get; set; } = credential;

    public HttpClient Http => http;

    public async Task<(HttpStatusCode Status, JsonNode? Body)> SendAsync(HttpMethod method, string path, object? body = null, string? rawBody = null, string contentType = "application/json")
    {
        using var request = new HttpRequestMessage(method, path);
        if (Credential is not null)
        {
            request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", Credential);
        }

        if (rawBody is not null)
        {
            request.Content = new StringContent(rawBody, Encoding.UTF8);
            request.Content.Headers.ContentType = MediaTypeHeaderValue.Parse(contentType);
        }
        else if (body is not null)
        {
            request.Content = JsonContent.Create(body);
        }

        using var response = await http.SendAsync(request);
        var text = await response.Content.ReadAsStringAsync();
        return (response.StatusCode, text.Length == 0 ? null : JsonNode.Parse(text));
    }

    /// <summary>Generates a token with the secret and starts its conversation; the client then holds the token.</summary>
    public async Task<JsonNode> StartWithTokenAsync(string? userId = null)
    {
        Credential = DirectLineHost.Secret;
        var (status, generated) = await SendAsync(HttpMethod.Post, "/v3/directline/tokens/generate", userId is null ? null : new { user = new { id = userId } });
        Assert.Equal(HttpStatusCode.OK, status);
        Credential = (string)generated!["token"]!;
        var (started, conversation) = await SendAsync(HttpMethod.Post, "/v3/directline/conversations");
        Assert.Equal(HttpStatusCode.Created, started);
        return conversation!;
    }

    public Task<(HttpStatusCode Status, JsonNode? Body)> PostAsync(string conversationId, object activity) =>
        SendAsync(HttpMethod.Post, $"/v3/directline/conversations/{conversationId}/activities", activity);

    public Task<(HttpStatusCode Status, JsonNode? Body)> GetActivitiesAsync(string conversationId, string? watermark = null) =>
        SendAsync(HttpMethod.Get, $"/v3/directline/conversations/{conversationId}/activities" + (watermark is null ? string.Empty : $"?watermark={watermark}"));

    public void Dispose() => http.Dispose();
}
