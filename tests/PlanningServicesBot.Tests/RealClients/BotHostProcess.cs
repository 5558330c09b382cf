using System.Text.RegularExpressions;

namespace PlanningServicesBot.Tests.RealClients;

/// <summary>
/// The built bot host (PlanningServicesBot.dll, as `dotnet run` starts it) in a process of its own on a free
/// 127.0.0.1 port, in demo mode, without an app id, on a SQLite file in a fresh temp folder.
/// </summary>
public sealed partial class BotHostProcess : IAsyncDisposable
{
    private static readonly TimeSpan StartupTimeout = TimeSpan.FromSeconds(60);

    private readonly ChildProcess _process;
    private readonly string _folder;

    private BotHostProcess(ChildProcess process, string folder, Uri baseAddress)
    {
        _process = process;
        _folder = folder;
        BaseAddress = baseAddress;
    }

    public Uri BaseAddress { get; }

    public Uri MessagesEndpoint => new(BaseAddress, "/api/messages");

    public string Output => _process.Output;

    public static async Task<BotHostProcess> StartAsync()
    {
        var folder = Path.Combine(Path.GetTempPath(), "psb-real-clients", Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(folder);

        // The host project's output is copied next to the tests (project reference), so this is the build under test.
        var hostDirectory = AppContext.BaseDirectory;
        var process = ChildProcess.Start(
            "dotnet",
            [
                Path.Combine(hostDirectory, "PlanningServicesBot.dll"),
                "--urls", "http://127.0.0.1:0",
                $"--ConnectionStrings:PlanningServices=Data Source={Path.Combine(folder, "bot.db")}",
                "--Demo:Enabled=true",
                "--MicrosoftAppId=",
                "--MicrosoftAppPassword=",
                "--Logging:LogLevel:Microsoft.Hosting.Lifetime=Information",
            ],
            hostDirectory,
            new Dictionary<string, string?> { ["DOTNET_ENVIRONMENT"] = "Production", ["ASPNETCORE_ENVIRONMENT"] = "Production" });
        try
        {
            // Port 0 lets Kestrel pick a free port without a race; the host announces the one it got.
            var listening = await process.WaitForLineAsync(ListeningLine(), StartupTimeout);
            var host = new BotHostProcess(process, folder, new Uri(listening.Groups["url"].Value));
            await host.WaitUntilHealthyAsync();
            return host;
        }
        catch
        {
            await process.DisposeAsync();
            throw;
        }
    }

    public async ValueTask DisposeAsync()
    {
        await _process.DisposeAsync();
        try
        {
            Directory.Delete(_folder, recursive: true);
        }
        catch (IOException)
        {
            // A leftover temp folder is harmless; failing a passing test over it is not.
        }
    }

    private async Task WaitUntilHealthyAsync()
    {
        using var client = new HttpClient { BaseAddress = BaseAddress, Timeout = TimeSpan.FromSeconds(5) };
        var deadline = DateTime.UtcNow + StartupTimeout;
        string last = "no answer yet";
        while (DateTime.UtcNow < deadline && !_process.HasExited)
        {
            try
            {
                using var response = await client.GetAsync("/healthz");
                if (response.IsSuccessStatusCode)
                {
                    return;
                }

                last = $"HTTP {(int)response.StatusCode}";
            }
            catch (HttpRequestException e)
            {
                last = e.Message;
            }

            await Task.Delay(200);
        }

        throw new TimeoutException($"The bot host never reported healthy on {BaseAddress}healthz ({last}). Output:\n{Output}");
    }

    [GeneratedRegex(@"Now listening on: (?<url>http://127\.0\.0\.1:\d+)")]
    private static partial Regex ListeningLine();
}
