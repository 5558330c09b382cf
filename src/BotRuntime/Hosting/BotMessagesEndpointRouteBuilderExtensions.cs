using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Routing;

namespace BotRuntime.Hosting;

public static class BotMessagesEndpointRouteBuilderExtensions
{
    /// <summary>Maps the bot's messaging endpoint (POST only; other methods get 405). Needs <c>AddBotRuntime</c> and an <see cref="IBot"/>.</summary>
    public static IEndpointConventionBuilder MapBotMessages(this IEndpointRouteBuilder endpoints, string pattern = "/api/messages")
    {
        ArgumentNullException.ThrowIfNull(endpoints);
        return endpoints.MapPost(pattern, BotMessagesEndpoint.HandleAsync).WithDisplayName("Bot Framework messages");
    }
}
