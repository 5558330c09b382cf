using System.Net;
using System.Net.Http.Headers;
using BotRuntime.DirectLine;

namespace BotRuntime.Tests.DirectLine;

public sealed class DirectLineRefusalTests : IAsyncLifetime
{
    private DirectLineHost host = null!;
    private DirectLineClient client = null!;
    private string conversationId = null!;

    public async Task InitializeAsync()
    {
        host = await DirectLineHost.StartAsync(new Dictionary<string, string?>
        {
            ["DirectLine:MaxActivityBytes"] = "4096",
            ["DirectLine:MaxActivitiesPerMinute"] = "5",
        });
        client = host.CreateClient();
        conversationId = (string)(await client.StartWithTokenAsync())["conversationId"]!;
    }

    public async Task DisposeAsync()
    {
        client.Dispose();
        await host.DisposeAsync();
    }

    public static TheoryData<string, string, string, string?, HttpStatusCode, string> MalformedRequests => new()
    {
        // case, method, path ({id} = the token's conversation), body, status, code
        { "not JSON", "POST", "/conversations/{id}/activities", "{type: message", HttpStatusCode.BadRequest, DirectLineErrorCodes.BadSyntax },
        { "a JSON array", "POST", "/conversations/{id}/activities", """[{"type":"message"}]""", HttpStatusCode.BadRequest, DirectLineErrorCodes.BadSyntax },
        { "JSON null", "POST", "/conversations/{id}/activities", "null", HttpStatusCode.BadRequest, DirectLineErrorCodes.BadSyntax },
        { "a field of the wrong type", "POST", "/conversations/{id}/activities", """{"type":"message","text":{"a":1}}""", HttpStatusCode.BadRequest, DirectLineErrorCodes.BadSyntax },
        { "members of the wrong type", "POST", "/conversations/{id}/activities", """{"type":"message","attachments":"x"}""", HttpStatusCode.BadRequest, DirectLineErrorCodes.BadSyntax },
        { "no type", "POST", "/conversations/{id}/activities", """{"text":"hi"}""", HttpStatusCode.BadRequest, DirectLineErrorCodes.MissingProperty },
        { "no body", "POST", "/conversations/{id}/activities", null, HttpStatusCode.BadRequest, DirectLineErrorCodes.MissingProperty },
        { "a pseudo activity type", "POST", "/conversations/{id}/activities", """{"type":"delay","value":60000}""", HttpStatusCode.BadRequest, DirectLineErrorCodes.BadArgument },
        { "a body over the size limit", "POST", "/conversations/{id}/activities", $$"""{"type":"message","text":"{{new string('x', 5000)}}"}""", HttpStatusCode.RequestEntityTooLarge, DirectLineErrorCodes.MessageSizeTooBig },
        { "JSON nested too deep", "POST", "/conversations/{id}/activities", $$"""{"type":"message","value":{{new string('[', 200)}}{{new string(']', 200)}}}""", HttpStatusCode.BadRequest, DirectLineErrorCodes.BadSyntax },
        { "a start body that is not an object", "POST", "/conversations", "\"hello\"", HttpStatusCode.BadRequest, DirectLineErrorCodes.BadSyntax },
        { "a watermark that is not a number", "GET", "/conversations/{id}/activities?watermark=abc", null, HttpStatusCode.BadRequest, DirectLineErrorCodes.BadArgument },
        { "a negative watermark", "GET", "/conversations/{id}/activities?watermark=-1", null, HttpStatusCode.BadRequest, DirectLineErrorCodes.BadArgument },
        { "an unknown route", "GET", "/conversations/{id}/members", null, HttpStatusCode.NotFound, DirectLineErrorCodes.NotFound },
        { "a file upload", "POST", "/conversations/{id}/upload?userId=x", "{}", HttpStatusCode.NotFound, DirectLineErrorCodes.NotFound },
        { "the stream without a WebSocket", "GET", "/conversations/{id}/stream", null, HttpStatusCode.BadRequest, DirectLineErrorCodes.BadArgument },
    };

    [Theory]
    [MemberData(nameof(MalformedRequests))]
    public async Task AMalformedRequestGetsADirectLineErrorAndNeverA500(string @case, string method, string path, string? body, HttpStatusCode status, string code)
    {
        var (actualStatus, error) = await client.SendAsync(new HttpMethod(method), "/v3/directline" + path.Replace("{id}", conversationId), rawBody: body);

        Assert.True(actualStatus == status, $"{@case}: expected {status}, got {actualStatus}");
        Assert.Equal(code, (string?)error!["error"]!["code"]);
        Assert.False(string.IsNullOrEmpty((string?)error["error"]!["message"]));
    }

    [Fact]
    public async Task ABodyThatIsNotJsonIsRefusedAsAnUnsupportedMediaType()
    {
        var (status, error) = await client.SendAsync(
            HttpMethod.Post, $"/v3/directline/conversations/{conversationId}/activities", rawBody: "type=message", contentType: "application/x-www-form-urlencoded");

        Assert.Equal(HttpStatusCode.UnsupportedMediaType, status);
        Assert.Equal(DirectLineErrorCodes.UnsupportedMediaType, (string?)error!["error"]!["code"]);
    }

    public static TheoryData<string, string?, HttpStatusCode, string> BadCredentials => new()
    {
        { "no Authorization header", null, HttpStatusCode.Unauthorized, DirectLineErrorCodes.Unauthorized },
        { "another scheme", "Basic dXNlcjpwYXNz", HttpStatusCode.Unauthorized, DirectLineErrorCodes.Unauthorized },
        { "Bearer without a credential", "Bearer", HttpStatusCode.Unauthorized, DirectLineErrorCodes.Unauthorized },
        { "a wrong secret", "Bearer test-secret-0123456789abcdeX", HttpStatusCode.Forbidden, DirectLineErrorCodes.TokenInvalid },
        { "something like a JWT", "Bearer eyJhbGciOiJub25lIn0.eyJ1c2VyIjoiYSJ9.", HttpStatusCode.Forbidden, DirectLineErrorCodes.TokenInvalid },
    };

    [Theory]
    [MemberData(nameof(BadCredentials))]
    public async Task WithoutAValidSecretOrTokenNothingIsServed(string @case, string? authorization, HttpStatusCode status, string code)
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, $"/v3/directline/conversations/{conversationId}/activities");
        if (authorization is not null)
        {
            request.Headers.TryAddWithoutValidation("Authorization", authorization);
        }

        using var response = await client.Http.SendAsync(request);

        Assert.True(response.StatusCode == status, $"{@case}: expected {status}, got {response.StatusCode}");
        Assert.Contains($"\"code\":\"{code}\"", await response.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task ATokenForConversationACannotReadPostOrStreamConversationB()
    {
        using var other = host.CreateClient();
        var otherConversationId = (string)(await other.StartWithTokenAsync())["conversationId"]!;
        await other.PostAsync(otherConversationId, new { type = "message", text = "private" });

        var attempts = new[]
        {
            await client.GetActivitiesAsync(otherConversationId),
            await client.PostAsync(otherConversationId, new { type = "message", text = "intrusion" }),
            await client.SendAsync(HttpMethod.Get, $"/v3/directline/conversations/{otherConversationId}"),
            await client.SendAsync(HttpMethod.Get, $"/v3/directline/conversations/{otherConversationId}/stream?t={Uri.EscapeDataString(client.Credential!)}"),
        };

        Assert.All(attempts, attempt =>
        {
            Assert.Equal(HttpStatusCode.Forbidden, attempt.Status);
            Assert.Equal(DirectLineErrorCodes.Forbidden, (string?)attempt.Body!["error"]!["code"]);
        });
        var (_, set) = await other.GetActivitiesAsync(otherConversationId);
        Assert.DoesNotContain(set!["activities"]!.AsArray(), a => (string?)a!["text"] == "intrusion");
    }

    [Fact]
    public async Task AConversationNobodyStartedIsNotFound()
    {
        using var secretClient = host.CreateClient(DirectLineHost.Secret);

        var (status, error) = await secretClient.GetActivitiesAsync("never-started");

        Assert.Equal(HttpStatusCode.NotFound, status);
        Assert.Equal(DirectLineErrorCodes.NotFound, (string?)error!["error"]!["code"]);
    }

    [Fact]
    public async Task AConversationPostingTooFastIsThrottledWithRetryAfter()
    {
        for (var i = 1; i <= 5; i++)
        {
            Assert.Equal(HttpStatusCode.OK, (await client.PostAsync(conversationId, new { type = "message", text = $"message {i}" })).Status);
        }

        using var request = new HttpRequestMessage(HttpMethod.Post, $"/v3/directline/conversations/{conversationId}/activities")
        {
            Content = new StringContent("""{"type":"message","text":"one too many"}""", MediaTypeHeaderValue.Parse("application/json")),
        };
        request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", client.Credential);
        using var response = await client.Http.SendAsync(request);

        Assert.Equal(HttpStatusCode.TooManyRequests, response.StatusCode);
        Assert.Contains(DirectLineErrorCodes.TooManyRequests, await response.Content.ReadAsStringAsync());
        var retryAfter = response.Headers.RetryAfter?.Delta;
        Assert.True(retryAfter is { TotalSeconds: > 0 and <= 60 }, $"Retry-After was {retryAfter}");
        Assert.DoesNotContain(host.Bot.Received, a => a.Text == "one too many");

        using var other = host.CreateClient();
        var otherConversationId = (string)(await other.StartWithTokenAsync())["conversationId"]!;
        Assert.Equal(HttpStatusCode.OK, (await other.PostAsync(otherConversationId, new { type = "message", text = "unaffected" })).Status);
    }
}
