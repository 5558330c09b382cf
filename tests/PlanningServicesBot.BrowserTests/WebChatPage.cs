using System.Text.RegularExpressions;
using Microsoft.Playwright;

namespace PlanningServicesBot.BrowserTests;

/// <summary>The web chat page in a fresh browser context, read and driven the way a person would use it.</summary>
public sealed class WebChatPage : IAsyncDisposable
{
    private static readonly string[] ErrorTexts =
    [
        "Adaptive Card parse error", "Adaptive Card render error", "Error message", "Send failed", "Unable to connect",
    ];

    private readonly IBrowserContext context;
    private readonly string screenshotFolder;
    private readonly List<string> browserErrors = [];

    private WebChatPage(IBrowserContext context, IPage page, string screenshotFolder)
    {
        this.context = context;
        this.screenshotFolder = screenshotFolder;
        Page = page;
        page.Console += (_, message) =>
        {
            if (message.Type == "error")
            {
                lock (browserErrors)
                {
                    browserErrors.Add($"console: {message.Text}");
                }
            }
        };
        page.PageError += (_, error) =>
        {
            lock (browserErrors)
            {
                browserErrors.Add($"page error: {error}");
            }
        };
    }

    public IPage Page { get; }

    public ILocator SendBox => Page.Locator("[data-id='webchat-sendbox-input']");

    public ILocator Cards => Page.Locator(".webchat-host .ac-adaptiveCard");

    public ILocator TypingIndicator => Page.Locator(".webchat__typing-indicator");

    public static async Task<WebChatPage> OpenAsync(BrowserFixture fixture, string query = "")
    {
        var context = await fixture.Browser.NewContextAsync(new BrowserNewContextOptions
        {
            ViewportSize = new ViewportSize { Width = 1100, Height = 900 },
            Locale = "en-GB",
            TimezoneId = "Europe/Amsterdam",
        });
        context.SetDefaultTimeout(20_000);
        var page = await context.NewPageAsync();
        var webChat = new WebChatPage(context, page, fixture.ScreenshotFolder);
        await page.GotoAsync(new Uri(fixture.App.BaseAddress, query).ToString());
        return webChat;
    }

    /// <summary>Types into Web Chat's send box and presses Enter, then waits for the message to show in the transcript.</summary>
    public async Task SayAsync(string text)
    {
        var sentBefore = await SentMessages(text).CountAsync();
        await SendBox.FillAsync(text);
        await SendBox.PressAsync("Enter");
        await SentMessages(text).Nth(sentBefore).WaitForAsync();
    }

    /// <summary>The bot's message bubbles with this text so far.</summary>
    public ILocator BotTexts(string text) =>
        Page.Locator(".webchat__bubble:not(.webchat__bubble--from-user)").Filter(new LocatorFilterOptions { HasTextRegex = AsRendered(text) });

    /// <summary>The bot's message bubble with this text, once it has arrived.</summary>
    public async Task<ILocator> WaitForBotTextAsync(string text)
    {
        var bubble = BotTexts(text).Last;
        await WaitOrExplainAsync(bubble, $"a bot message \"{text}\"");
        return bubble;
    }

    /// <summary>The newest Adaptive Card containing <paramref name="text"/>, once rendered.</summary>
    public async Task<ILocator> WaitForCardAsync(string text)
    {
        var card = Cards.Filter(new LocatorFilterOptions { HasTextRegex = AsRendered(text) }).Last;
        await WaitOrExplainAsync(card, $"an Adaptive Card with \"{text}\"");
        return card;
    }

    /// <summary>No Web Chat error box, failed send or connection error on the page, and nothing logged as an error.</summary>
    public async Task AssertNoErrorsAsync()
    {
        var body = await Page.Locator("body").InnerTextAsync();
        foreach (var error in ErrorTexts)
        {
            Assert.False(body.Contains(error, StringComparison.Ordinal), $"The page shows \"{error}\":\n{body}");
        }

        Assert.True(await Page.Locator("#page-status").IsHiddenAsync(), $"The page reports: {await Page.Locator("#page-status").InnerTextAsync()}");
        lock (browserErrors)
        {
            Assert.True(browserErrors.Count == 0, "The browser logged errors:\n" + string.Join("\n", browserErrors));
        }
    }

    /// <summary>Saves a screenshot once Web Chat has stopped showing a connectivity notice (it shows "Connecting…" briefly on a new conversation).</summary>
    public async Task<string> ScreenshotAsync(string name)
    {
        await Page.Locator(".webchat__connectivityStatus").WaitForAsync(new LocatorWaitForOptions { State = WaitForSelectorState.Hidden });
        var path = Path.Combine(screenshotFolder, name + ".png");
        await Page.ScreenshotAsync(new PageScreenshotOptions { Path = path });
        return path;
    }

    public async ValueTask DisposeAsync() => await context.DisposeAsync();

    /// <summary>Waits for the element; on a timeout, keeps a screenshot and says what the page showed instead.</summary>
    private async Task WaitOrExplainAsync(ILocator locator, string what)
    {
        try
        {
            await locator.WaitForAsync();
        }
        catch (TimeoutException timeout)
        {
            var screenshot = Path.Combine(screenshotFolder, "timeout-" + DateTime.UtcNow.ToString("HHmmss-fff", System.Globalization.CultureInfo.InvariantCulture) + ".png");
            await Page.ScreenshotAsync(new PageScreenshotOptions { Path = screenshot });
            var shown = await Page.Locator("body").InnerTextAsync();
            throw new TimeoutException($"Waited in vain for {what} (screenshot {screenshot}). The page showed:\n{shown}", timeout);
        }
    }

    // Web Chat renders bot text (and card text) as Markdown with typographic quotes: ' becomes ’ and "…" becomes “…”.
    private static Regex AsRendered(string text) =>
        new(Regex.Escape(text).Replace("'", "['’]", StringComparison.Ordinal).Replace("\"", "[\"“”]", StringComparison.Ordinal));

    private ILocator SentMessages(string text) =>
        Page.Locator(".webchat__bubble--from-user").Filter(new LocatorFilterOptions { HasText = text });
}
