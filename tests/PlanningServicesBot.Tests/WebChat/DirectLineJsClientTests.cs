using System.Globalization;
using PlanningServicesBot.Data.Demo;
using PlanningServicesBot.Localization;
using PlanningServicesBot.Tests.Support;

namespace PlanningServicesBot.Tests.WebChat;

/// <summary>The npm botframework-directlinejs 0.15.8 client against the app's own Direct Line 3.0 endpoint.</summary>
public sealed class DirectLineJsClientTests : IClassFixture<WebChatPageTests.DemoApp>
{
    private static readonly TimeSpan ScriptTimeout = TimeSpan.FromSeconds(60);
    private static readonly CultureInfo English = CultureInfo.GetCultureInfo("en-US");

    private readonly WebChatApp app;

    public DirectLineJsClientTests(WebChatPageTests.DemoApp fixture) => app = fixture.App;

    [Theory]
    [InlineData("websocket", false)]
    [InlineData("polling", true)]
    public async Task DirectLineJsCompletesTheStatusCheck(string transport, bool tokenFromSecret)
    {
        var package = await NodePackage.InstalledAsync("tests/clients-dl", "botframework-directlinejs/package.json");
        var voucher = DemoVouchers.StatusCheck;
        var text = new BotText();
        List<string> arguments =
        [
            "--app", app.BaseAddress.ToString(),
            "--transport", transport,
            "--voucher", voucher.Number,
            "--email", voucher.AdminEmail,
            "--number-question", text.Get("Status.AskNumber", English),
            "--email-question", text.Get("Status.AskEmail", English),
            "--timeout-ms", "40000",
        ];
        if (tokenFromSecret)
        {
            arguments.AddRange(["--secret", WebChatApp.Secret]);
        }

        await using var journey = package.RunNode("status-journey.js", arguments);
        var exitCode = await journey.WaitForExitAsync(ScriptTimeout);

        Assert.True(exitCode == 0, $"status-journey.js ({transport}) exit code {exitCode?.ToString(CultureInfo.InvariantCulture) ?? "none (killed)"}:\n{journey.Output}");
        Assert.Contains($"PASS: status journey completed through botframework-directlinejs over {(transport == "websocket" ? "WebSocket" : "polling")}", journey.Output);
    }
}
