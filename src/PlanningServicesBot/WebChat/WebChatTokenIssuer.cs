using System.Net.Http.Headers;
using System.Net.Http.Json;
using BotRuntime.DirectLine;
using BotRuntime.Schema;
using Microsoft.Extensions.Options;

namespace PlanningServicesBot.WebChat;

/// <summary>
/// Gets the page a Direct Line token for a new conversation: from the app's own channel, or from an external Direct
/// Line (Azure) with the configured secret, which stays on the server.
/// </summary>
public sealed class WebChatTokenIssuer(DirectLineChannel channel, IOptions<WebChatOptions> options, IHttpClientFactory httpClients)
{
    public const string HttpClientName = "WebChat.ExternalDirectLine";

    /// <param name="ownDomain">The app's own Direct Line base URL, as the page reaches it.</param>
    /// <exception cref="HttpRequestException">The external Direct Line refused or could not be reached.</exception>
    public async Task<WebChatToken> IssueAsync(WebChatIdentity identity, string ownDomain, CancellationToken cancellationToken)
    {
        var user = identity.User ?? DirectLineUser.Anonymous();
        var settings = options.Value;
        if (!settings.UsesExternalDirectLine)
        {
            var granted = await channel.GenerateTokenAsync(user, cancellationToken);
            return new WebChatToken(ownDomain, granted.ConversationId, granted.Token, granted.ExpiresIn, user.Id, user.Name);
        }

        var domain = settings.DirectLineDomain!.TrimEnd('/');
        using var request = new HttpRequestMessage(HttpMethod.Post, domain + "/tokens/generate")
        {
            Content = JsonContent.Create(new { user = new ChannelAccount(user.Id, user.Name) }, options: BotJson.Options),
        };
        request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", settings.DirectLineSecret);
        using var response = await httpClients.CreateClient(HttpClientName).SendAsync(request, cancellationToken);
        response.EnsureSuccessStatusCode();
        var generated = await response.Content.ReadFromJsonAsync<DirectLineConversationResponse>(BotJson.Options, cancellationToken)
            ?? throw new HttpRequestException("The external Direct Line answered tokens/generate with an empty body.");
        return new WebChatToken(domain, generated.ConversationId, generated.Token, generated.ExpiresIn, user.Id, user.Name);
    }
}
