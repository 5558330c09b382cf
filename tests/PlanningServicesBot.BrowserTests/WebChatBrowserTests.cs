using System.Globalization;
using PlanningServicesBot.Data.Demo;
using PlanningServicesBot.Localization;
using PlanningServicesBot.WebChat;

namespace PlanningServicesBot.BrowserTests;

/// <summary>The web chat page in headless Chromium: Web Chat 4.18 from the app's own bundle, on the app's own Direct Line.</summary>
[Collection(BrowserCollection.Name)]
public sealed class WebChatBrowserTests(BrowserFixture fixture)
{
    private static readonly CultureInfo English = CultureInfo.GetCultureInfo("en-GB");
    private static readonly BotText Text = new();

    [ChromiumFact]
    public async Task TheWelcomeCardAppearsWhenThePageLoadsBeforeTheUserTypes()
    {
        await using var chat = await WebChatPage.OpenAsync(fixture);

        var welcome = await chat.WaitForCardAsync(Text.Get("Welcome.Title", English));

        Assert.Equal(1, await chat.Cards.CountAsync());
        Assert.Equal(string.Empty, await chat.SendBox.InputValueAsync());
        Assert.Contains(Text.Get("Menu.VoucherStatus", English), await welcome.InnerTextAsync());
        await chat.ScreenshotAsync("welcome-customer");
        await chat.AssertNoErrorsAsync();
    }

    [ChromiumFact]
    public async Task ACustomerChecksAVoucherStatusByTyping()
    {
        var voucher = DemoVouchers.StatusCheck;
        await using var chat = await WebChatPage.OpenAsync(fixture, "?lang=en&as=customer");
        await chat.WaitForCardAsync(Text.Get("Welcome.Title", English));

        await chat.SayAsync("check a voucher");
        await chat.WaitForBotTextAsync(Text.Get("Status.AskNumber", English));
        await chat.SayAsync(voucher.Number);
        await chat.WaitForBotTextAsync(Text.Get("Status.AskEmail", English));
        await chat.SayAsync(voucher.AdminEmail);
        var status = await chat.WaitForCardAsync(voucher.Number);

        Assert.True(await status.IsVisibleAsync());
        Assert.Equal(2, await chat.Cards.CountAsync());
        await status.ScrollIntoViewIfNeededAsync();
        await chat.ScreenshotAsync("status-check");
        await chat.AssertNoErrorsAsync();
    }

    [ChromiumFact]
    public async Task AFailedStatusCheckOffersTryAgainAsSuggestedActionsAndTryAgainAsksForTheNumberAgain()
    {
        var voucher = DemoVouchers.StatusCheck;
        await using var chat = await WebChatPage.OpenAsync(fixture, "?lang=en&as=customer");
        await chat.WaitForCardAsync(Text.Get("Welcome.Title", English));

        await chat.SayAsync("check a voucher");
        await chat.WaitForBotTextAsync(Text.Get("Status.AskNumber", English));
        await chat.SayAsync(voucher.Number);
        await chat.WaitForBotTextAsync(Text.Get("Status.AskEmail", English));
        await chat.SayAsync("someone@else.example");
        var noMatch = await chat.WaitForBotTextAsync(Text.Get("Status.NoMatch", English));

        var tryAgain = SuggestedAction(chat, Text.Get("Status.Suggest.TryAgain", English));
        await tryAgain.WaitForAsync();
        Assert.True(await SuggestedAction(chat, Text.Get("Status.Suggest.Menu", English)).IsVisibleAsync());
        await noMatch.ScrollIntoViewIfNeededAsync();
        await chat.ScreenshotAsync("status-check-suggested-actions");
        await tryAgain.ClickAsync();

        await chat.Page.Locator(".webchat__bubble--from-user").Filter(new() { HasText = Text.Get("Status.Suggest.TryAgain", English) }).WaitForAsync();
        await chat.BotTexts(Text.Get("Status.AskNumber", English)).Nth(1).WaitForAsync();
        await chat.ScreenshotAsync("status-check-try-again");
        Assert.Equal(0, await chat.Page.Locator(".webchat__suggested-actions button").CountAsync());
        await chat.AssertNoErrorsAsync();
    }

    [ChromiumFact]
    public async Task TheTypingIndicatorShowsWhileASlowTurnRunsOverWebSocket()
    {
        await using var chat = await WebChatPage.OpenAsync(fixture, "?lang=en&as=customer");
        await chat.WaitForCardAsync(Text.Get("Welcome.Title", English));

        await chat.SayAsync(SlowTurnMiddleware.Prefix + "check a voucher");
        await chat.TypingIndicator.WaitForAsync();
        Assert.Equal(0, await chat.BotTexts(Text.Get("Status.AskNumber", English)).CountAsync());
        await chat.ScreenshotAsync("typing-indicator");
        await chat.WaitForBotTextAsync(Text.Get("Status.AskNumber", English));

        await chat.TypingIndicator.WaitForAsync(new() { State = Microsoft.Playwright.WaitForSelectorState.Hidden });
        await chat.AssertNoErrorsAsync();
    }

    [ChromiumFact]
    public async Task TheLanguagePickerSetsWebChatsLocaleAndGreetsInANewConversation()
    {
        await using var chat = await WebChatPage.OpenAsync(fixture, "?lang=en");
        await chat.WaitForCardAsync(Text.Get("Welcome.Title", English));
        var firstConversation = await chat.Page.Locator(".webchat-host").GetAttributeAsync("data-conversation-id");

        await chat.Page.SelectOptionAsync("#language", "fr");
        var french = CultureInfo.GetCultureInfo("fr");
        await chat.Page.Locator("[data-id='webchat-sendbox-input'][placeholder='Tapez votre message']").WaitForAsync();
        await chat.WaitForCardAsync(Text.Get("Welcome.Title", french));

        Assert.Equal(1, await chat.Page.Locator(".webchat-host").CountAsync());
        Assert.NotEqual(firstConversation, await chat.Page.Locator(".webchat-host").GetAttributeAsync("data-conversation-id"));
        Assert.Equal("fr", await chat.Page.Locator("html").GetAttributeAsync("lang"));
        Assert.EndsWith("?lang=fr&as=customer", chat.Page.Url);
        await chat.ScreenshotAsync("welcome-french");
        await chat.AssertNoErrorsAsync();
    }

    [ChromiumFact]
    public async Task ADemoPartnerAdminPickedOnThePageIsGreetedWithThePartnerMenu()
    {
        await using var chat = await WebChatPage.OpenAsync(fixture, "?lang=en");
        await chat.WaitForCardAsync(Text.Get("Welcome.Title", English));

        await chat.Page.SelectOptionAsync("#identity", WebChatIdentities.PartnerGlobalAdmin);
        var welcome = await chat.WaitForCardAsync(Text.Get("Menu.Reserve", English));

        Assert.True(await welcome.GetByRole(Microsoft.Playwright.AriaRole.Button, new() { Name = Text.Get("Menu.Reserve", English) }).IsVisibleAsync());
        Assert.EndsWith($"as={WebChatIdentities.PartnerGlobalAdmin}", chat.Page.Url);
        await chat.ScreenshotAsync("welcome-partner-admin");
        await chat.AssertNoErrorsAsync();
    }

    private static Microsoft.Playwright.ILocator SuggestedAction(WebChatPage chat, string title) =>
        chat.Page.Locator(".webchat__suggested-actions").GetByRole(Microsoft.Playwright.AriaRole.Button, new() { Name = title });
}
