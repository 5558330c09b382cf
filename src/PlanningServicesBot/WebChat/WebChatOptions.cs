namespace PlanningServicesBot.WebChat;

/// <summary>
/// The web chat page, from the <c>WebChat</c> section. By default the page talks to the app's own Direct Line; behind
/// Azure Bot Service it can use Azure's Direct Line instead: set <see cref="DirectLineDomain"/> and
/// <see cref="DirectLineSecret"/>, and the app fetches tokens from there without showing the secret to the browser.
/// </summary>
public sealed class WebChatOptions
{
    public const string SectionName = "WebChat";

    /// <summary>An external Direct Line, e.g. https://directline.botframework.com/v3/directline; empty for the app's own.</summary>
    public string? DirectLineDomain { get; set; }

    /// <summary>The external Direct Line's secret; required with <see cref="DirectLineDomain"/>, never sent to the page.</summary>
    public string? DirectLineSecret { get; set; }

    /// <summary>Whether the page streams over WebSocket (typing indicators need it) or polls.</summary>
    public bool WebSocket { get; set; } = true;

    public bool UsesExternalDirectLine => !string.IsNullOrWhiteSpace(DirectLineDomain);

    public IEnumerable<string> Validate()
    {
        if (!UsesExternalDirectLine)
        {
            yield break;
        }

        if (!Uri.TryCreate(DirectLineDomain, UriKind.Absolute, out var uri) || (uri.Scheme != Uri.UriSchemeHttps && uri.Scheme != Uri.UriSchemeHttp))
        {
            yield return $"{SectionName}:{nameof(DirectLineDomain)} must be an absolute http(s) URL (was '{DirectLineDomain}').";
        }

        if (string.IsNullOrWhiteSpace(DirectLineSecret))
        {
            yield return $"{SectionName}:{nameof(DirectLineSecret)} is required with {nameof(DirectLineDomain)}.";
        }
    }
}
