using System.Buffers;
using System.Globalization;
using System.Net.Http.Headers;
using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using BotRuntime.Schema;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace BotRuntime.DirectLine;

/// <summary>
/// The Direct Line 3.0 HTTP surface: authenticates the caller (secret or token), reads and checks the request, and
/// answers with Direct Line's shapes; every refusal is an ErrorResponse with a 4xx, never an unexplained 500.
/// </summary>
internal sealed class DirectLineEndpoints(string prefix)
{
    public void Map(IEndpointRouteBuilder endpoints)
    {
        var group = endpoints.MapGroup(prefix);
        group.MapPost("/tokens/generate", Handle(GenerateTokenAsync));
        group.MapPost("/tokens/refresh", Handle(RefreshTokenAsync));
        group.MapPost("/conversations", Handle(StartConversationAsync));
        group.MapGet("/conversations/{conversationId}", Handle(ReconnectAsync));
        group.MapGet("/conversations/{conversationId}/activities", Handle(ReadActivitiesAsync));
        group.MapPost("/conversations/{conversationId}/activities", Handle(PostActivityAsync));
        group.MapGet("/conversations/{conversationId}/stream", Handle(StreamAsync));
        group.Map("/{**unknown}", Handle(_ => throw new DirectLineRequestException(
            StatusCodes.Status404NotFound, DirectLineErrorCodes.NotFound, "This Direct Line endpoint does not exist (file upload is not supported).")));
    }

    private static RequestDelegate Handle(Func<HttpContext, Task> handler) => async http =>
    {
        try
        {
            await handler(http);
        }
        catch (DirectLineRequestException refusal)
        {
            if (refusal.RetryAfter is { } retryAfter)
            {
                http.Response.Headers.RetryAfter = Math.Ceiling(retryAfter.TotalSeconds).ToString(CultureInfo.InvariantCulture);
            }

            if (refusal.Status == StatusCodes.Status401Unauthorized)
            {
                http.Response.Headers.WWWAuthenticate = "Bearer";
            }

            await WriteErrorAsync(http, refusal.Status, refusal.Code, refusal.Message);
        }
        catch (BadHttpRequestException badRequest)
        {
            var tooLarge = badRequest.StatusCode == StatusCodes.Status413PayloadTooLarge;
            await WriteErrorAsync(
                http,
                tooLarge ? StatusCodes.Status413PayloadTooLarge : StatusCodes.Status400BadRequest,
                tooLarge ? DirectLineErrorCodes.MessageSizeTooBig : DirectLineErrorCodes.BadArgument,
                badRequest.Message);
        }
        catch (OperationCanceledException) when (http.RequestAborted.IsCancellationRequested)
        {
        }
        catch (Exception exception)
        {
            http.RequestServices.GetRequiredService<ILogger<DirectLineChannel>>()
                .LogError(exception, "Direct Line request {Method} {Path} failed.", http.Request.Method, http.Request.Path);
            await WriteErrorAsync(http, StatusCodes.Status500InternalServerError, DirectLineErrorCodes.ServiceError, "The Direct Line channel failed; try again.");
        }
    };

    private static async Task GenerateTokenAsync(HttpContext http)
    {
        var caller = await AuthenticateAsync(http, BearerCredential(http));
        if (!caller.HoldsSecret)
        {
            throw new DirectLineRequestException(StatusCodes.Status403Forbidden, DirectLineErrorCodes.Forbidden, "Generating a token needs the channel secret.");
        }

        var body = await ReadOptionalBodyAsync<DirectLineRequestBody>(http);
        var user = string.IsNullOrEmpty(body?.User?.Id) ? DirectLineUser.Anonymous() with { Name = body?.User?.Name } : new DirectLineUser(body.User.Id, body.User.Name);
        var response = await Channel(http).GenerateTokenAsync(user, http.RequestAborted);
        await WriteJsonAsync(http, StatusCodes.Status200OK, response);
    }

    private static async Task RefreshTokenAsync(HttpContext http)
    {
        var caller = await AuthenticateAsync(http, BearerCredential(http));
        if (caller.Token is not { } token)
        {
            throw new DirectLineRequestException(StatusCodes.Status403Forbidden, DirectLineErrorCodes.Forbidden, "Only a token can be refreshed.");
        }

        await WriteJsonAsync(http, StatusCodes.Status200OK, await Channel(http).RefreshTokenAsync(token, http.RequestAborted));
    }

    private async Task StartConversationAsync(HttpContext http)
    {
        var caller = await AuthenticateAsync(http, BearerCredential(http));
        var body = await ReadOptionalBodyAsync<DirectLineRequestBody>(http);
        var connection = await Channel(http).StartConversationAsync(caller, body, Bot(http), http.RequestAborted);
        await WriteJsonAsync(http, connection.Created ? StatusCodes.Status201Created : StatusCodes.Status200OK, Describe(http, connection));
    }

    private async Task ReconnectAsync(HttpContext http)
    {
        var caller = await AuthenticateAsync(http, BearerCredential(http));
        var connection = await Channel(http).ReconnectAsync(caller, ConversationId(http), http.Request.Query["watermark"], http.RequestAborted);
        await WriteJsonAsync(http, StatusCodes.Status200OK, Describe(http, connection));
    }

    private static async Task ReadActivitiesAsync(HttpContext http)
    {
        var caller = await AuthenticateAsync(http, BearerCredential(http));
        var activitySet = await Channel(http).ReadActivitiesAsync(caller, ConversationId(http), http.Request.Query["watermark"], http.RequestAborted);
        http.Response.StatusCode = StatusCodes.Status200OK;
        http.Response.ContentType = "application/json; charset=utf-8";
        await http.Response.Body.WriteAsync(activitySet, http.RequestAborted);
    }

    private static async Task PostActivityAsync(HttpContext http)
    {
        var caller = await AuthenticateAsync(http, BearerCredential(http));
        var conversationId = ConversationId(http);
        caller.EnsureMayAccess(conversationId);
        var activity = await ReadOptionalBodyAsync<Activity>(http)
            ?? throw new DirectLineRequestException(StatusCodes.Status400BadRequest, DirectLineErrorCodes.MissingProperty, "The body must be one activity.");
        var id = await Channel(http).PostActivityAsync(caller, conversationId, activity, Bot(http), http.RequestAborted);
        await WriteJsonAsync(http, StatusCodes.Status200OK, new ResourceResponse(id));
    }

    private static async Task StreamAsync(HttpContext http)
    {
        var query = http.Request.Query;
        var credential = query.TryGetValue("t", out var t) && !string.IsNullOrEmpty(t) ? t.ToString() : BearerCredential(http);
        var caller = await AuthenticateAsync(http, credential);
        var conversationId = ConversationId(http);
        caller.EnsureMayAccess(conversationId);
        var channel = Channel(http);
        var conversation = await channel.FindAsync(conversationId, http.RequestAborted);
        var watermark = string.IsNullOrEmpty(query["watermark"]) ? conversation.LastSequence : DirectLineChannel.ParseWatermark(query["watermark"]);
        if (!http.WebSockets.IsWebSocketRequest)
        {
            throw new DirectLineRequestException(StatusCodes.Status400BadRequest, DirectLineErrorCodes.BadArgument, "The stream is a WebSocket; connect with ws:// or wss://.");
        }

        var stream = http.RequestServices.GetRequiredService<DirectLineStream>();
        using var subscription = stream.Subscribe(conversationId);
        using var socket = await http.WebSockets.AcceptWebSocketAsync();
        var stopping = http.RequestServices.GetRequiredService<IHostApplicationLifetime>().ApplicationStopping;
        await stream.RunAsync(socket, subscription, watermark, http.RequestAborted, stopping);
    }

    private static DirectLineChannel Channel(HttpContext http) => http.RequestServices.GetRequiredService<DirectLineChannel>();

    private static BotCallbackHandler Bot(HttpContext http) => http.RequestServices.GetRequiredService<IBot>().OnTurnAsync;

    private static string ConversationId(HttpContext http)
    {
        var conversationId = http.GetRouteValue("conversationId") as string;
        return DirectLineIds.IsWellFormedConversationId(conversationId)
            ? conversationId!
            : throw new DirectLineRequestException(StatusCodes.Status404NotFound, DirectLineErrorCodes.NotFound, "There is no conversation with this id.");
    }

    private static string? BearerCredential(HttpContext http)
    {
        var header = http.Request.Headers.Authorization.ToString();
        return AuthenticationHeaderValue.TryParse(header, out var value)
               && string.Equals(value.Scheme, "Bearer", StringComparison.OrdinalIgnoreCase)
               && !string.IsNullOrWhiteSpace(value.Parameter)
            ? value.Parameter.Trim()
            : null;
    }

    private static async Task<DirectLineCaller> AuthenticateAsync(HttpContext http, string? credential)
    {
        if (credential is null)
        {
            throw new DirectLineRequestException(
                StatusCodes.Status401Unauthorized, DirectLineErrorCodes.Unauthorized, "Send Authorization: Bearer <secret or token>.");
        }

        var options = http.RequestServices.GetRequiredService<IOptions<DirectLineOptions>>().Value;
        if (IsSecret(credential, options.Secrets))
        {
            return DirectLineCaller.SecretHolder;
        }

        var reading = await http.RequestServices.GetRequiredService<DirectLineTokenAuthority>().ReadAsync(credential, http.RequestAborted);
        return reading.Status switch
        {
            DirectLineTokenStatus.Valid => new DirectLineCaller(reading.Token, credential),
            DirectLineTokenStatus.Expired => throw new DirectLineRequestException(
                StatusCodes.Status403Forbidden, DirectLineErrorCodes.TokenExpired, "The token has expired; get a new one."),
            _ => throw new DirectLineRequestException(
                StatusCodes.Status403Forbidden, DirectLineErrorCodes.TokenInvalid, "The secret or token is not valid for this channel."),
        };
    }

    // Hashing first makes the comparison constant-time whatever the lengths.
    private static bool IsSecret(string credential, IEnumerable<string> secrets)
    {
        var presented = SHA256.HashData(Encoding.UTF8.GetBytes(credential));
        var match = false;
        foreach (var secret in secrets)
        {
            match |= CryptographicOperations.FixedTimeEquals(presented, SHA256.HashData(Encoding.UTF8.GetBytes(secret)));
        }

        return match;
    }

    /// <returns>The JSON body as <typeparamref name="T"/>, or null when there is no body.</returns>
    private static async Task<T?> ReadOptionalBodyAsync<T>(HttpContext http)
        where T : class
    {
        var request = http.Request;
        var limit = http.RequestServices.GetRequiredService<IOptions<DirectLineOptions>>().Value.MaxActivityBytes;
        if (request.ContentLength > limit)
        {
            throw TooLarge(limit);
        }

        var body = await ReadBodyAsync(request, limit, http.RequestAborted);
        if (body.Length == 0)
        {
            return null;
        }

        if (!string.IsNullOrEmpty(request.ContentType) && !IsJson(request.ContentType))
        {
            throw new DirectLineRequestException(
                StatusCodes.Status415UnsupportedMediaType, DirectLineErrorCodes.UnsupportedMediaType, "The body must be application/json.");
        }

        try
        {
            return JsonSerializer.Deserialize<T>(body.Span, BotJson.Options)
                ?? throw new DirectLineRequestException(StatusCodes.Status400BadRequest, DirectLineErrorCodes.BadSyntax, "The body is JSON null.");
        }
        catch (JsonException exception)
        {
            throw new DirectLineRequestException(StatusCodes.Status400BadRequest, DirectLineErrorCodes.BadSyntax, $"The body is not valid JSON for this request: {exception.Message}");
        }
    }

    private static async Task<ReadOnlyMemory<byte>> ReadBodyAsync(HttpRequest request, int limit, CancellationToken cancellationToken)
    {
        var buffer = new ArrayBufferWriter<byte>((int)Math.Min(request.ContentLength ?? 4096, limit) + 1);
        while (true)
        {
            var read = await request.Body.ReadAsync(buffer.GetMemory(4096), cancellationToken);
            if (read == 0)
            {
                return buffer.WrittenMemory;
            }

            buffer.Advance(read);
            if (buffer.WrittenCount > limit)
            {
                throw TooLarge(limit);
            }
        }
    }

    private static DirectLineRequestException TooLarge(int limit) =>
        new(StatusCodes.Status413PayloadTooLarge, DirectLineErrorCodes.MessageSizeTooBig, $"The body exceeds {limit} bytes.");

    private static bool IsJson(string contentType) =>
        MediaTypeHeaderValue.TryParse(contentType, out var mediaType)
        && mediaType.MediaType is { } type
        && (type.Equals("application/json", StringComparison.OrdinalIgnoreCase) || type.EndsWith("+json", StringComparison.OrdinalIgnoreCase));

    private static Task WriteErrorAsync(HttpContext http, int status, string code, string message) =>
        http.Response.HasStarted ? Task.CompletedTask : WriteJsonAsync(http, status, new ErrorResponse(code, message));

    private static async Task WriteJsonAsync<T>(HttpContext http, int status, T body)
    {
        http.Response.StatusCode = status;
        http.Response.ContentType = "application/json; charset=utf-8";
        await JsonSerializer.SerializeAsync(http.Response.Body, body, BotJson.Options, http.RequestAborted);
    }

    private DirectLineConversationResponse Describe(HttpContext http, DirectLineConnection connection)
    {
        var request = http.Request;
        var scheme = request.IsHttps ? "wss" : "ws";
        var streamUrl = string.Create(
            CultureInfo.InvariantCulture,
            $"{scheme}://{request.Host}{request.PathBase}{prefix}/conversations/{Uri.EscapeDataString(connection.ConversationId)}/stream?t={Uri.EscapeDataString(connection.Token)}&watermark={connection.StreamWatermark}");
        return new DirectLineConversationResponse
        {
            ConversationId = connection.ConversationId,
            Token = connection.Token,
            ExpiresIn = (int)Math.Max(0, connection.ExpiresIn.TotalSeconds),
            StreamUrl = streamUrl,
        };
    }
}
