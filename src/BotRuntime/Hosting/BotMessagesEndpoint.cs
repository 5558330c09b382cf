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
            WriteError(http, StatusCodes.Status415UnsupportedMediaType, "UnsupportedMediaType", "The body must be application/json.");
            return;
        }

        if (request.ContentLength > options.MaxRequestBodyBytes)
        {
            WriteError(http, StatusCodes.Status413PayloadTooLarge, "MessageSizeTooBig", $"The body exceeds {options.MaxRequestBodyBytes} bytes.");
            return;
        }

        Activity? activity;
        var body = await ReadBodyAsync(request, options.MaxRequestBodyBytes, http.RequestAborted);
        if (body is null)
        {
            WriteError(http, StatusCodes.Status413PayloadTooLarge, "MessageSizeTooBig", $"The body exceeds {options.MaxRequestBodyBytes} bytes.");
            return;
        }

        try
        {
            // The activity keeps nothing of the buffer (strings and JSON values are copied out), so it goes back to the pool.
            activity = JsonSerializer.Deserialize<Activity>(body.Value.Span, BotJson.Options);
        }
        catch (JsonException exception)
        {
            WriteError(http, StatusCodes.Status400BadRequest, "BadSyntax", $"The body is not a JSON activity: {exception.Message}");
            return;
        }
        finally
        {
            body.Value.Return();
        }

        if (string.IsNullOrWhiteSpace(activity?.Type))
        {
            WriteError(http, StatusCodes.Status400BadRequest, "MissingProperty", "The activity has no type.");
            return;
        }

        if (string.IsNullOrWhiteSpace(activity.Conversation?.Id))
        {
            WriteError(http, StatusCodes.Status400BadRequest, "MissingProperty", "The activity has no conversation.id.");
            return;
        }

        var authentication = await services.GetRequiredService<ChannelRequestAuthenticator>()
            .AuthenticateAsync(request.Headers.Authorization.ToString(), activity, http.RequestAborted);
        if (!authentication.Succeeded)
        {
            http.Response.Headers.WWWAuthenticate = "Bearer";
            WriteError(http, StatusCodes.Status401Unauthorized, "Unauthorized", "The request is not authorized for this bot.");
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
            WriteJson(http.Response, replies);
        }
        else if (response.Body is { } responseBody)
        {
            WriteJson(http.Response, responseBody);
        }
    }

    /// <summary>
    /// Writes a JSON body with its Content-Length. Nothing is flushed here, so Kestrel sends the head and the body
    /// together when the request ends: one write on the socket, where a streamed (chunked) body takes two.
    /// </summary>
    private static void WriteJson<T>(HttpResponse response, T value)
    {
        var writer = ThreadJsonWriter.Start();
        JsonSerializer.Serialize(writer, value, BotJson.Options);
        var json = ThreadJsonWriter.Written();
        response.ContentType = "application/json; charset=utf-8";
        response.ContentLength = json.Length;
        response.BodyWriter.Write(json);
    }

    private static bool IsJson(string? contentType) =>
        MediaTypeHeaderValue.TryParse(contentType, out var mediaType)
        && mediaType.MediaType is { } type
        && (type.Equals("application/json", StringComparison.OrdinalIgnoreCase) || type.EndsWith("+json", StringComparison.OrdinalIgnoreCase));

    /// <returns>The body in a pooled buffer, or null when it is longer than <paramref name="limit"/> (a chunked body has no Content-Length to check first).</returns>
    private static async Task<PooledBody?> ReadBodyAsync(HttpRequest request, long limit, CancellationToken cancellationToken)
    {
        var buffer = ArrayPool<byte>.Shared.Rent((int)Math.Min(request.ContentLength ?? 4096, limit) + 1);
        var length = 0;
        try
        {
            while (true)
            {
                if (length == buffer.Length)
                {
                    var larger = ArrayPool<byte>.Shared.Rent(buffer.Length * 2);
                    buffer.AsSpan(0, length).CopyTo(larger);
                    ArrayPool<byte>.Shared.Return(buffer);
                    buffer = larger;
                }

                var read = await request.Body.ReadAsync(buffer.AsMemory(length), cancellationToken);
                if (read == 0)
                {
                    return new PooledBody(buffer, length);
                }

                length += read;
                if (length > limit)
                {
                    ArrayPool<byte>.Shared.Return(buffer);
                    return null;
                }
            }
        }
        catch
        {
            ArrayPool<byte>.Shared.Return(buffer);
            throw;
        }
    }

    /// <summary>A request body in a buffer rented from the shared pool; <see cref="Return"/> gives the buffer back.</summary>
    private readonly record struct PooledBody(byte[] Buffer, int Length)
    {
        public ReadOnlySpan<byte> Span => Buffer.AsSpan(0, Length);

        public void Return() => ArrayPool<byte>.Shared.Return(Buffer);
    }

    private static void WriteError(HttpContext http, int status, string code, string message)
    {
        http.Response.StatusCode = status;
        WriteJson(http.Response, new ErrorResponse(code, message));
    }
}
