using System.Net;
using System.Net.Http.Headers;
using System.Text.Json;
using BotRuntime.Authentication;
using BotRuntime.Hosting;
using BotRuntime.Schema;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace BotRuntime.Connector;

/// <summary>
/// The channel's Connector REST API (v3) at a serviceUrl: reply, send, update, delete. Throttled (429) and
/// failed (5xx) calls are retried a bounded number of times with exponential backoff, honouring Retry-After.
/// </summary>
public sealed class ConnectorClient
{
    public const string HttpClientName = "BotRuntime.Connector";

    private static readonly MediaTypeHeaderValue JsonContentType = new("application/json") { CharSet = "utf-8" };

    private readonly IHttpClientFactory httpClientFactory;
    private readonly IConnectorTokenProvider tokenProvider;
    private readonly ConnectorRetryOptions retry;
    private readonly TimeProvider timeProvider;
    private readonly ILogger<ConnectorClient> logger;

    public ConnectorClient(IHttpClientFactory httpClientFactory, IConnectorTokenProvider tokenProvider, IOptions<BotRuntimeOptions> options, TimeProvider timeProvider, ILogger<ConnectorClient> logger)
    {
        this.httpClientFactory = httpClientFactory;
        this.tokenProvider = tokenProvider;
        retry = options.Value.ConnectorRetry;
        this.timeProvider = timeProvider;
        this.logger = logger;
    }

    public Task<ResourceResponse> ReplyToActivityAsync(string serviceUrl, string conversationId, string activityId, Activity activity, CancellationToken cancellationToken = default) =>
        SendAsync(HttpMethod.Post, ActivityUrl(serviceUrl, conversationId, activityId), activity, cancellationToken);

    public Task<ResourceResponse> SendToConversationAsync(string serviceUrl, string conversationId, Activity activity, CancellationToken cancellationToken = default) =>
        SendAsync(HttpMethod.Post, ConversationUrl(serviceUrl, conversationId) + "/activities", activity, cancellationToken);

    public Task<ResourceResponse> UpdateActivityAsync(string serviceUrl, string conversationId, string activityId, Activity activity, CancellationToken cancellationToken = default) =>
        SendAsync(HttpMethod.Put, ActivityUrl(serviceUrl, conversationId, activityId), activity, cancellationToken);

    public Task DeleteActivityAsync(string serviceUrl, string conversationId, string activityId, CancellationToken cancellationToken = default) =>
        SendAsync(HttpMethod.Delete, ActivityUrl(serviceUrl, conversationId, activityId), null, cancellationToken);

    /// <summary>{serviceUrl}/v3/conversations/{id} with exactly one slash before v3 and the id escaped (Teams ids hold : ; @).</summary>
    public static string ConversationUrl(string serviceUrl, string conversationId)
    {
        ArgumentException.ThrowIfNullOrEmpty(serviceUrl);
        ArgumentException.ThrowIfNullOrEmpty(conversationId);
        if (!Uri.TryCreate(serviceUrl, UriKind.Absolute, out var uri) || (uri.Scheme != Uri.UriSchemeHttp && uri.Scheme != Uri.UriSchemeHttps))
        {
            throw new ArgumentException($"serviceUrl '{serviceUrl}' is not an absolute http(s) URL.", nameof(serviceUrl));
        }

        return $"{serviceUrl.TrimEnd('/')}/v3/conversations/{Uri.EscapeDataString(conversationId)}";
    }

    private static string ActivityUrl(string serviceUrl, string conversationId, string activityId)
    {
        ArgumentException.ThrowIfNullOrEmpty(activityId);
        return $"{ConversationUrl(serviceUrl, conversationId)}/activities/{Uri.EscapeDataString(activityId)}";
    }

    private async Task<ResourceResponse> SendAsync(HttpMethod method, string url, Activity? activity, CancellationToken cancellationToken)
    {
        var body = activity is null ? null : JsonSerializer.SerializeToUtf8Bytes(activity, BotJson.Options);
        var http = httpClientFactory.CreateClient(HttpClientName);
        for (var attempt = 1; ; attempt++)
        {
            using var request = new HttpRequestMessage(method, url);
            if (body is not null)
            {
                request.Content = new ByteArrayContent(body);
                request.Content.Headers.ContentType = JsonContentType;
            }

            if (await tokenProvider.GetTokenAsync(cancellationToken).ConfigureAwait(false) is { } token)
            {
                request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", token);
            }

            HttpResponseMessage response;
            try
            {
                response = await http.SendAsync(request, cancellationToken).ConfigureAwait(false);
            }
            catch (Exception exception) when (exception is HttpRequestException or TaskCanceledException && !cancellationToken.IsCancellationRequested)
            {
                if (attempt >= retry.MaxAttempts)
                {
                    throw new ConnectorRequestException($"{method} {url} failed without an answer after {attempt} attempts.", null, null, null, exception);
                }

                await WaitBeforeRetryAsync(attempt, null, method, url, "no answer", cancellationToken).ConfigureAwait(false);
                continue;
            }

            using (response)
            {
                if (response.IsSuccessStatusCode)
                {
                    return await ReadResourceResponseAsync(response, cancellationToken).ConfigureAwait(false);
                }

                var status = (int)response.StatusCode;
                if ((status == 429 || status >= 500) && attempt < retry.MaxAttempts)
                {
                    await WaitBeforeRetryAsync(attempt, response.Headers.RetryAfter, method, url, status.ToString(System.Globalization.CultureInfo.InvariantCulture), cancellationToken).ConfigureAwait(false);
                    continue;
                }

                var error = await ReadErrorAsync(response, cancellationToken).ConfigureAwait(false);
                var correlationId = response.Headers.TryGetValues("X-Correlating-OperationId", out var values) ? values.FirstOrDefault() : null;
                throw new ConnectorRequestException(
                    $"{method} {url} answered {status} {error?.Error?.Code}: {error?.Error?.Message}",
                    response.StatusCode,
                    error,
                    correlationId);
            }
        }
    }

    private async Task WaitBeforeRetryAsync(int attempt, RetryConditionHeaderValue? retryAfter, HttpMethod method, string url, string reason, CancellationToken cancellationToken)
    {
        var backoff = retry.BaseDelay * Math.Pow(2, attempt - 1);
        var asked = retryAfter switch
        {
            { Delta: { } delta } => delta,
            { Date: { } date } => date - timeProvider.GetUtcNow(),
            _ => (TimeSpan?)null,
        };
        var delay = asked is { } wanted && wanted > TimeSpan.Zero ? wanted : backoff;
        if (delay > retry.MaxDelay)
        {
            delay = retry.MaxDelay;
        }

        logger.LogWarning("{Method} {Url} got {Reason} (attempt {Attempt}); retrying in {Delay}.", method, url, reason, attempt, delay);
        await Task.Delay(delay, timeProvider, cancellationToken).ConfigureAwait(false);
    }

    // Channels may answer with no body or without an id (offline-directline does); the SDK then uses "".
    private static async Task<ResourceResponse> ReadResourceResponseAsync(HttpResponseMessage response, CancellationToken cancellationToken)
    {
        var body = await response.Content.ReadAsByteArrayAsync(cancellationToken).ConfigureAwait(false);
        if (body.AsSpan().Trim(" \t\r\n"u8).IsEmpty)
        {
            return new ResourceResponse(string.Empty);
        }

        try
        {
            var resource = JsonSerializer.Deserialize<ResourceResponse>(body, BotJson.Options);
            return new ResourceResponse(resource?.Id ?? string.Empty);
        }
        catch (JsonException)
        {
            return new ResourceResponse(string.Empty);
        }
    }

    private static async Task<ErrorResponse?> ReadErrorAsync(HttpResponseMessage response, CancellationToken cancellationToken)
    {
        try
        {
            var text = await response.Content.ReadAsStringAsync(cancellationToken).ConfigureAwait(false);
            return string.IsNullOrWhiteSpace(text) ? null : JsonSerializer.Deserialize<ErrorResponse>(text, BotJson.Options);
        }
        catch (JsonException)
        {
            return null;
        }
    }
}
