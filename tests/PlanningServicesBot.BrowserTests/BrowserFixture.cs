using Microsoft.Playwright;

namespace PlanningServicesBot.BrowserTests;

/// <summary>One bot host and one headless system Chromium, shared by the browser tests.</summary>
public sealed class BrowserFixture : IAsyncLifetime
{
    private IPlaywright? playwright;
    private IBrowser? browser;

    public BrowserApp App { get; } = new();

    /// <summary>Where screenshots go, as test artifacts: tests/PlanningServicesBot.BrowserTests/TestResults/screenshots.</summary>
    public string ScreenshotFolder { get; } = Path.Combine(ProjectFolder(), "TestResults", "screenshots");

    public IBrowser Browser => browser ?? throw new InvalidOperationException(
        SystemChromium.MissingMessage + (SystemChromium.RunningInCi ? " CI=true requires it." : string.Empty));

    public async Task InitializeAsync()
    {
        if (!SystemChromium.IsInstalled)
        {
            return;
        }

        Directory.CreateDirectory(ScreenshotFolder);
        playwright = await Playwright.CreateAsync();
        browser = await playwright.Chromium.LaunchAsync(new BrowserTypeLaunchOptions
        {
            ExecutablePath = SystemChromium.ExecutablePath,
            Headless = true,
            Args = SystemChromium.Arguments,
        });
    }

    public async Task DisposeAsync()
    {
        if (browser is not null)
        {
            await browser.DisposeAsync();
        }

        playwright?.Dispose();
        App.Dispose();
    }

    private static string ProjectFolder()
    {
        for (var directory = new DirectoryInfo(AppContext.BaseDirectory); directory is not null; directory = directory.Parent)
        {
            if (File.Exists(Path.Combine(directory.FullName, "PlanningServicesBot.BrowserTests.csproj")))
            {
                return directory.FullName;
            }
        }

        return AppContext.BaseDirectory;
    }
}
