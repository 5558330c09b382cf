using System.Collections.Concurrent;
using System.Text.Json;
using BotRuntime.Schema;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;

namespace BotRuntime.Tests.Http;

/// <summary>
/// A channel's Connector API and token endpoint on 127.0.0.1: records what the bot sends, and answers
/// with scripted failures (status + Retry-After) before succeeding.
/// </summary>
public sealed class FakeConnector : IAsyncDisposable
{
    private readonly ConcurrentQueue<(int Status, string? RetryAfter)> scriptedFailures = new();
    private LocalHttpServer server = null!;

    public ConcurrentQueue<ReceivedCall> Calls { get; } = new();

    public int TokenRequests => tokenRequests;

    /// <summary>Answer successes with an empty body, as offline-directline does.</summary>
    public bool AnswerWithEmptyBody { get; set; }

    public string Url => server.Url;

    /// <summary>The serviceUrl a channel would send: with a trailing slash, as Teams does.</summary>
    public string ServiceUrl => server.Url + "/";

    public string TokenEndpoint => server.Url + "/oauth2/v2.0/token";

    public string IssuedToken { get; } = "connector-token-" + Guid.NewGuid().ToString("N");

    private int tokenRequests;

    public static async Task<FakeConnector> StartAsync()
    {
        var connector = new FakeConnector();
        connector.server = await LocalHttpServer.StartAsync(app =>
        {
            app.MapPost("/oauth2/v2.0/token", connector.IssueTokenAsync);
            app.Map("/v3/conversations/{**rest}", connector.ReceiveAsync);
        });
        return connector;
    }

    public void FailNext(int status, string? retryAfter = null, int times = 1)
    {
        for (var i = 0; i < times; i++)
        {
            scriptedFailures.Enqueue((status, retryAfter));
        }
    }

    public IReadOnlyList<Activity> SentActivities() =>
        Calls.Where(c => c.Activity is not null && c.Status < 300).Select(c => c.Activity!).ToList();

    public async Task<IReadOnlyList<Activity>> WaitForActivitiesAsync(int count, TimeSpan? timeout = null)
    {
        var deadline = DateTime.UtcNow + (timeout ?? TimeSpan.FromSeconds(10));
        while (SentActivities().Count < count && DateTime.UtcNow < deadline)
        {
            await Task.Delay(20);
        }

        return SentActivities();
    }

    public ValueTask DisposeAsync() => server.DisposeAsync();

    private async Task IssueTokenAsync(HttpContext http)
    {
        Interlocked.Increment(ref tokenRequests);
        var form = await http.Request.ReadFormAsync();
        if (form["grant_type"] != "client_credentials" || string.IsNullOrEmpty(form["client_id"]) || string.IsNullOrEmpty(form["client_secret"]))
        {
            http.Response.StatusCode = 400;
            return;
        }

        await http.Response.WriteAsJsonAsync(new { token_type = "Bearer", expires_in = 3600, ext_expires_in = 3600, access_token = IssuedToken });
    }

    private async Task ReceiveAsync(HttpContext http)
    {
        Activity? activity = null;
        if (http.Request.ContentLength > 0)
        {
            activity = await JsonSerializer.DeserializeAsync<Activity>(http.Request.Body, BotJson.Options);
        }

        var status = 200;
        if (scriptedFailures.TryDequeue(out var failure))
        {
            status = failure.Status;
            if (failure.RetryAfter is not null)
            {
                http.Response.Headers.RetryAfter = failure.RetryAfter;
            }
        }

        Calls.Enqueue(new ReceivedCall(
            http.Request.Method,
            http.Request.Path.ToString(),
            (http.Features.Get<Microsoft.AspNetCore.Http.Features.IHttpRequestFeature>()?.RawTarget) ?? string.Empty,
            http.Request.Headers.Authorization.ToString(),
            activity,
            status,
            DateTimeOffset.UtcNow));

        http.Response.StatusCode = status;
        if (status >= 400)
        {
            await http.Response.WriteAsJsonAsync(new ErrorResponse(status == 429 ? "Throttled" : "ServiceError", "scripted failure"), BotJson.Options);
        }
        else if (http.Request.Method != HttpMethods.Delete && !AnswerWithEmptyBody)
        {
            await http.Response.WriteAsJsonAsync(new ResourceResponse("sent-" + Calls.Count), BotJson.Options);
        }
    }

    public sealed record ReceivedCall(string Method, string Path, string RawTarget, string Authorization, Activity? Activity, int Status, DateTimeOffset At);
}
