namespace PlanningServicesBot.BrowserTests;

/// <summary>
/// The machine's own Chromium (installed by .ci/run with apt), never a browser Playwright downloads. Without it the
/// browser tests skip on a developer machine, but fail under CI=true.
/// </summary>
public static class SystemChromium
{
    public const string ExecutablePath = "/usr/bin/chromium";

    public static IReadOnlyList<string> Arguments { get; } =
    [
        "--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
        "--disable-background-networking", "--disable-component-update", "--disable-sync",
    ];

    public static bool IsInstalled => File.Exists(ExecutablePath);

    public static bool RunningInCi =>
        Environment.GetEnvironmentVariable("CI") is { } ci && (ci.Equals("true", StringComparison.OrdinalIgnoreCase) || ci == "1");

    public static string MissingMessage =>
        $"No Chromium at {ExecutablePath}: install it with `apt-get install -y chromium` (.ci/run does).";
}
