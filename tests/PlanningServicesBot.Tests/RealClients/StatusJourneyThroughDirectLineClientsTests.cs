using System.Globalization;
using PlanningServicesBot.Data.Demo;
using PlanningServicesBot.Localization;
using PlanningServicesBot.Tests.Support;

namespace PlanningServicesBot.Tests.RealClients;

/// <summary>
/// The running host, on a real port, talks to real third-party clients from npm: offline-directline 1.3.1 as the
/// Direct Line channel and botframework-directlinejs 0.15.8 (the client Web Chat is built on) as the customer.
/// </summary>
public sealed class StatusJourneyThroughDirectLineClientsTests
{
    private static readonly TimeSpan ScriptTimeout = TimeSpan.FromSeconds(60);
    private static readonly CultureInfo English = CultureInfo.GetCultureInfo("en-US");

    [Fact]
    public async Task CustomerChecksAVoucherStatusThroughOfflineDirectLineAndDirectLineJs()
    {
        var clients = await NodePackage.InstalledAsync("tests/clients", "offline-directline/package.json");
        await using var bot = await BotHostProcess.StartAsync();
        var voucher = DemoVouchers.StatusCheck;
        var text = new BotText();

        await using var journey = clients.RunNode("status-journey.js",
        [
            "--bot", bot.MessagesEndpoint.ToString(),
            "--voucher", voucher.Number,
            "--email", voucher.AdminEmail,
            "--number-question", text.Get("Status.AskNumber", English),
            "--email-question", text.Get("Status.AskEmail", English),
            "--timeout-ms", "30000",
        ]);
        var exitCode = await journey.WaitForExitAsync(ScriptTimeout);

        var evidence = $"""
            status-journey.js exit code: {exitCode?.ToString(CultureInfo.InvariantCulture) ?? "killed after " + ScriptTimeout}
            --- node output ---
            {journey.Output}
            --- bot host output ---
            {bot.Output}
            """;
        Assert.True(exitCode == 0, evidence);
        Assert.Contains($"ok: the bot showed the status card of voucher {voucher.Number}", journey.Output, StringComparison.Ordinal);
    }
}
