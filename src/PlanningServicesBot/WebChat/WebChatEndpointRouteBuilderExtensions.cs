using System.Globalization;
using System.Text.Json;
using BotRuntime.Schema;
using Microsoft.Extensions.Options;
using PlanningServicesBot.Localization;

namespace PlanningServicesBot.WebChat;

public static class WebChatEndpointRouteBuilderExtensions
{
    /// <summary>The event the page sends once connected, so the bot greets before the user types (Web Chat sends no conversationUpdate of its own).</summary>
    public const string JoinEventName = "webchat/join";

    public const string DirectLinePrefix = "/v3/directline";

    /// <summary>Maps the page's own endpoints: GET /webchat/settings (pickers) and POST /webchat/token (a Direct Line token for the chosen identity).</summary>
    public static IEndpointRouteBuilder MapWebChat(this IEndpointRouteBuilder endpoints)
    {
        // Plain request delegates: no parameter binding to generate, so the host never loads the expression compiler for two endpoints.
        var group = endpoints.MapGroup("/webchat");
        group.MapGet("/settings", http => Results.Json(Settings(http.RequestServices), BotJson.Options).ExecuteAsync(http));
        group.MapPost("/token", async http => await (await IssueTokenAsync(http)).ExecuteAsync(http));
        return endpoints;
    }

    private static WebChatSettings Settings(IServiceProvider services)
    {
        var identities = services.GetRequiredService<WebChatIdentities>();
        var options = services.GetRequiredService<IOptions<WebChatOptions>>();
        var choices = identities.All.Select(identity => new WebChatIdentityChoice(identity.Key, identity.Label)).ToList();
        var languages = SupportedCultures.All
            .Select(culture => new WebChatLanguage(culture.Name, culture.TextInfo.ToTitleCase(culture.NativeName), CultureInfo.CreateSpecificCulture(culture.Name).Name))
            .ToList();
        return new WebChatSettings(choices.Count > 1, JoinEventName, options.Value.WebSocket, languages, choices);
    }

    private static async Task<IResult> IssueTokenAsync(HttpContext http)
    {
        var identities = http.RequestServices.GetRequiredService<WebChatIdentities>();
        WebChatTokenRequest? request = null;
        if (http.Request.ContentLength is null or > 0)
        {
            try
            {
                request = await JsonSerializer.DeserializeAsync<WebChatTokenRequest>(http.Request.Body, BotJson.Options, http.RequestAborted);
            }
            catch (JsonException)
            {
                return Refuse(StatusCodes.Status400BadRequest, "BadSyntax", "The body must be JSON like {\"identity\":\"customer\"}.");
            }
        }

        if (identities.Find(request?.Identity) is not { } identity)
        {
            return Refuse(StatusCodes.Status400BadRequest, "BadArgument", $"'{request?.Identity}' is not an identity this page offers.");
        }

        var ownDomain = $"{http.Request.Scheme}://{http.Request.Host}{http.Request.PathBase}{DirectLinePrefix}";
        try
        {
            var token = await http.RequestServices.GetRequiredService<WebChatTokenIssuer>().IssueAsync(identity, ownDomain, http.RequestAborted);
            http.Response.Headers.CacheControl = "no-store";
            return Results.Json(token, BotJson.Options);
        }
        catch (HttpRequestException exception)
        {
            http.RequestServices.GetRequiredService<ILogger<WebChatTokenIssuer>>().LogError(exception, "The external Direct Line gave no token.");
            return Refuse(StatusCodes.Status502BadGateway, "ServiceError", "Direct Line gave no token; try again later.");
        }
    }

    private static IResult Refuse(int status, string code, string message) =>
        Results.Json(new ErrorResponse(code, message), BotJson.Options, statusCode: status);
}
