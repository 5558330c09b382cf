using System.Globalization;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;
using PlanningServicesBot.Data.Demo;
using PlanningServicesBot.Domain.Abstractions;
using PlanningServicesBot.Domain.Vouchers;
using PlanningServicesBot.Localization;
using PlanningServicesBot.WebChat;

namespace PlanningServicesBot.BrowserTests;

/// <summary>Partner journeys in the browser: only card buttons and card inputs after the voucher's number and e-mail.</summary>
[Collection(BrowserCollection.Name)]
public sealed class PartnerJourneyBrowserTests(BrowserFixture fixture)
{
    private static readonly CultureInfo English = CultureInfo.GetCultureInfo("en-GB");
    private static readonly BotText Text = new();

    [ChromiumFact]
    public async Task AGlobalAdminReservesAVoucherByClickingCardButtonsAndFillingCardInputs()
    {
        var voucher = DemoVouchers.ReadyToReserve;
        await using var chat = await WebChatPage.OpenAsync(fixture, $"?lang=en&as={WebChatIdentities.PartnerGlobalAdmin}");
        var welcome = await chat.WaitForCardAsync(Text.Get("Menu.Reserve", English));

        await Button(welcome, Text.Get("Menu.Reserve", English)).ClickAsync();
        await chat.WaitForBotTextAsync(Text.Get("Reserve.AskNumber", English));
        await chat.SayAsync(voucher.Number);
        await chat.WaitForBotTextAsync(Text.Get("Reserve.AskEmail", English));
        await chat.SayAsync(voucher.AdminEmail);

        var engagement = await chat.WaitForCardAsync(Text.Get("Reserve.EngagementPrompt", English));
        await Choice(engagement, "windows-office-deployment").CheckAsync();
        await Button(engagement, Text.Get("Reserve.Next", English)).ClickAsync();

        var location = await chat.WaitForCardAsync(Text.Get("Reserve.LocationPrompt", English));
        await Choice(location, "4711001-DE").CheckAsync();
        await location.Locator("select").SelectOptionAsync("DE");
        await Button(location, Text.Get("Reserve.Next", English)).ClickAsync();

        var consultant = await chat.WaitForCardAsync(Text.Get("Reserve.ConsultantPrompt", English));
        await Choice(consultant, "FAB-C1").CheckAsync();
        await Button(consultant, Text.Get("Reserve.Next", English)).ClickAsync();

        var dates = await chat.WaitForCardAsync(Text.Get("Reserve.StartPrompt", English));
        await dates.Locator("input[type='date']").Nth(0).FillAsync("2021-06-07");
        await dates.Locator("input[type='date']").Nth(1).FillAsync("2021-06-11");
        await Button(dates, Text.Get("Reserve.Next", English)).ClickAsync();

        var confirm = await chat.WaitForCardAsync(Formatted("Reserve.ConfirmTitle", voucher.Number));
        await confirm.ScrollIntoViewIfNeededAsync();
        await chat.ScreenshotAsync("reserve-confirm");
        Assert.Equal(VoucherState.Assigned, (await VoucherAsync(voucher.Number)).State);
        await Button(confirm, Text.Get("Reserve.Confirm", English)).ClickAsync();

        var reserved = await chat.WaitForCardAsync(Formatted("Reserve.ReservedTitle", voucher.Number));
        await reserved.ScrollIntoViewIfNeededAsync();
        await chat.ScreenshotAsync("reserve-done");
        var stored = await VoucherAsync(voucher.Number);
        Assert.Equal(VoucherState.Reserved, stored.State);
        Assert.Equal(("windows-office-deployment", "4711001-DE", "FAB-C1"), (stored.Reservation!.EngagementId, stored.Reservation.LocationId, stored.Reservation.ConsultantId));
        Assert.Equal((new NodaTime.LocalDate(2021, 6, 7), new NodaTime.LocalDate(2021, 6, 11)), (stored.Reservation.PlannedStart, stored.Reservation.PlannedEnd));
        await chat.AssertNoErrorsAsync();
    }

    [ChromiumFact]
    public async Task AConsultantFillsInTheCompletionReportForm()
    {
        var voucher = DemoVouchers.ReadyForCompletionReport;
        await using var chat = await WebChatPage.OpenAsync(fixture, $"?lang=en&as={WebChatIdentities.PartnerConsultant}");
        var welcome = await chat.WaitForCardAsync(Text.Get("Menu.CompletionReport", English));

        await Button(welcome, Text.Get("Menu.CompletionReport", English)).ClickAsync();
        var picker = await chat.WaitForCardAsync(Text.Get("CompletionReport.PickPrompt", English));
        await Choice(picker, voucher.Number).CheckAsync();
        await Button(picker, Text.Get("CompletionReport.PickSubmit", English)).ClickAsync();

        var form = await chat.WaitForCardAsync(Formatted("CompletionReport.Form.Title", voucher.Number));
        await form.Locator("input[type='date']").Nth(0).FillAsync("2021-04-23");
        await form.Locator("input[type='date']").Nth(1).FillAsync("2021-04-27");
        await form.Locator("select").SelectOptionAsync(new SelectOptionValue { Index = 1 });
        await form.Locator("input[type='number']").FillAsync("1");
        await form.GetByText(Text.Get("CompletionReport.Form.CompletionReportDone", English)).ClickAsync();
        await form.GetByText(Text.Get("CompletionReport.Form.CustomerDeliverableDone", English)).ClickAsync();
        await form.Locator("textarea").FillAsync("Planned the SQL Server estate move; the customer migrates two clusters next quarter.");
        await form.ScrollIntoViewIfNeededAsync();
        await chat.ScreenshotAsync("completion-report-form");
        await Button(form, Text.Get("CompletionReport.Form.Submit", English)).ClickAsync();

        var submitted = await chat.WaitForCardAsync(Formatted("CompletionReport.Submitted.Title", voucher.Number));
        await submitted.ScrollIntoViewIfNeededAsync();
        await chat.ScreenshotAsync("completion-report-submitted");
        Assert.Equal(VoucherState.Delivered, (await VoucherAsync(voucher.Number)).State);
        await chat.AssertNoErrorsAsync();
    }

    private static string Formatted(string key, params object[] args) => string.Format(English, Text.Get(key, English), args);

    private static ILocator Button(ILocator card, string title) => card.GetByRole(AriaRole.Button, new() { Name = title, Exact = true });

    private static ILocator Choice(ILocator card, string value) => card.Locator($"input[type='radio'][value='{value}']");

    private async Task<Voucher> VoucherAsync(string number) =>
        await fixture.App.Services.GetRequiredService<IVoucherRepository>().FindAsync(new VoucherNumber(number), CancellationToken.None)
        ?? throw new InvalidOperationException($"No voucher {number}.");
}
