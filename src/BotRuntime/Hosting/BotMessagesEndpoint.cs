using System.Buffers;
using System.Net.Http.Headers;
using System.Text.Json;
using BotRuntime.Adapters;
using BotRuntime.Authentication;
using BotRuntime.Schema;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace BotRuntime.Hosting;

/// <summary>POST /api/messages: checks and reads the activity, authenticates the channel, runs the turn, answers as the SDK does.</summary>
internal static class BotMessagesEndpoint
{
    public static async Task HandleAsync(HttpContext http)
    {
        var services = http.RequestServices;
        var options = services.GetRequiredService<IOptions<BotRuntimeOptions>>().Value;
        var request = http.Request;

        if (!IsJson(request.ContentType))
        {
            await WriteErrorAsync(http, StatusCodes.Status415UnsupportedMediaType, "UnsupportedMediaType", "The body must be application/json.");
            return;
        }

        if (request.ContentLength > options.MaxRequestBodyBytes)
        {
            await WriteErrorAsync(http, StatusCodes.Status413PayloadTooLarge, "MessageSizeTooBig", $"The body exceeds {options.MaxRequestBodyBytes} bytes.");
            return;
        }

        var body = await ReadBodyAsync(request, options.MaxRequestBodyBytes, http.RequestAborted);
        if (body is null)
        {
            await WriteErrorAsync(http, StatusCodes.Status413PayloadTooLarge, "MessageSizeTooBig", $"The body exceeds {options.MaxRequestBodyBytes} bytes.");
            return;
        }

        Activity? activity;
        try
        {
            activity = JsonSerializer.Deserialize<Activity>(body.Value.Span, BotJson.Options);
        }
        catch (JsonException exception)
        {
            await WriteErrorAsync(http, StatusCodes.Status400BadRequest, "BadSyntax", $"The body is not a JSON activity: {exception.Message}");
            return;
        }

        if (string.IsNullOrWhiteSpace(activity?.Type))
        {
            await WriteErrorAsync(http, StatusCodes.Status400BadRequest, "MissingProperty", "The activity has no type.");
            return;
        }

        if (string.IsNullOrWhiteSpace(activity.Conversation?.Id))
        {
            await WriteErrorAsync(http, StatusCodes.Status400BadRequest, "MissingProperty", "The activity has no conversation.id.");
            return;
        }

        var authentication = await services.GetRequiredService<ChannelRequestAuthenticator>()
            .AuthenticateAsync(request.Headers.Authorization.ToString(), activity, http.RequestAborted);
        if (!authentication.Succeeded)
        {
            http.Response.Headers.WWWAuthenticate = "Bearer";
            await WriteErrorAsync(http, StatusCodes.Status401Unauthorized, "Unauthorized", "The request is not authorized for this bot.");
            return;
        }

        // callerId is never taken from the wire; only a validated identity sets it.
        activity.CallerId = authentication.CallerId;

        var bot = services.GetRequiredService<IBot>();
        var adapter = services.GetRequiredService<CloudAdapter>();
        InvokeResponse? response;
        try
        {
            response = await adapter.ProcessActivityAsync(activity, bot.OnTurnAsync, null, http.RequestAborted);
        }
        catch (OperationCanceledException) when (http.RequestAborted.IsCancellationRequested)
        {
            return;
        }

        if (response is null)
        {
            http.Response.StatusCode = StatusCodes.Status200OK;
            return;
        }

        http.Response.StatusCode = response.Status;
        if (response.ExpectedReplies is { } replies)
        {
            http.Response.ContentType = "application/json; charset=utf-8";
            await JsonSerializer.SerializeAsync(http.Response.Body, replies, BotJson.Options, http.RequestAborted);
        }
        else if (response.Body is { } responseBody)
        {
            http.Response.ContentType = "application/json; charset=utf-8";
            await JsonSerializer.SerializeAsync(http.Response.Body, responseBody, BotJson.Options, http.RequestAborted);
        }
    }

    private static bool IsJson(string? contentType) =>
        MediaTypeHeaderValue.TryParse(contentType, out var mediaType)
        && mediaType.MediaType is { } type
        && (type.Equals("application/json", StringComparison.OrdinalIgnoreCase) || type.EndsWith("+json", StringComparison.OrdinalIgnoreCase));

    /// <returns>The body, or null when it is longer than <paramref name="limit"/> (a chunked body has no Content-Length to check first).</returns>
    private static async Task<ReadOnlyMemory<byte>?> ReadBodyAsync(HttpRequest request, long limit, CancellationToken cancellationToken)
    {
        var buffer = new ArrayBufferWriter<byte>((int)Math.Min(request.ContentLength ?? 4096, limit) + 1);
        while (true)
        {
            var memory = buffer.GetMemory(4096);
            var read = await request.Body.ReadAsync(memory, cancellationToken);
            if (read == 0)
            {
                return buffer.WrittenMemory;
            }

            buffer.Advance(read);
            if (buffer.WrittenCount > limit)
            {
                return null;
            }
        }
    }

    private static async Task WriteErrorAsync(HttpContext http, int status, string code, string message)
    {
        http.Response.StatusCode = status;
        http.Response.ContentType = "application/json; charset=utf-8";
        await JsonSerializer.SerializeAsync(http.Response.Body, new ErrorResponse(code, message), BotJson.Options, http.RequestAborted);
    }
}
