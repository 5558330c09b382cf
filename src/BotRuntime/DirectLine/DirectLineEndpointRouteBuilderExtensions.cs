using Microsoft.AspNetCore.Routing;

namespace BotRuntime.DirectLine;

public static class DirectLineEndpointRouteBuilderExtensions
{
    /// <summary>
    /// Maps Direct Line 3.0 under <paramref name="prefix"/>: tokens/generate, tokens/refresh, conversations (start,
    /// reconnect), activities (GET, POST) and the WebSocket stream. Needs <c>AddDirectLine</c>, and <c>UseWebSockets</c>
    /// earlier in the pipeline for the stream.
    /// </summary>
    public static IEndpointRouteBuilder MapDirectLine(this IEndpointRouteBuilder endpoints, string prefix = "/v3/directline")
    {
        ArgumentNullException.ThrowIfNull(endpoints);
        ArgumentException.ThrowIfNullOrWhiteSpace(prefix);
        new DirectLineEndpoints("/" + prefix.Trim('/')).Map(endpoints);
        return endpoints;
    }
}
