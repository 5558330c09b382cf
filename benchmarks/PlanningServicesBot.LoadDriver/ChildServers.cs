using System.Text.Json;

namespace PlanningServicesBot.LoadDriver;

/// <summary>
/// Starts the servers the driver measures, each in a child process on a free 127.0.0.1 port; environment
/// variables given for the bot (e.g. DOTNET_gcServer=0) apply to the echo too, so both run alike.
/// </summary>
public sealed class ChildServers(IReadOnlyDictionary<string, string> botEnvironment)
{
    // The bot's build output is copied next to the driver by the project reference.
    private static readonly string BotDll = Path.Combine(AppContext.BaseDirectory, "PlanningServicesBot.dll");

    // Per-request logging would measure the console, not the bot; warnings and errors still show.
    private static readonly KeyValuePair<string, string> QuietLogging = new("Logging:LogLevel:Default", "Warning");

    /// <summary>
    /// The bot's settings in every mode: demo data, no app id, a fresh SQLite file in <paramref name="dataFolder"/>, and
    /// warnings only in the log.
    /// </summary>
    public static IReadOnlyList<KeyValuePair<string, string>> BotSettings(string dataFolder) =>
    [
        new("ConnectionStrings:PlanningServices", $"Data Source={Path.Combine(dataFolder, "bot.db")}"),
        new("Demo:Enabled", "true"),
        new("MicrosoftAppId", string.Empty),
        new("MicrosoftAppPassword", string.Empty),
        QuietLogging,
    ];

    /// <summary>The bot host with <see cref="BotSettings"/>, in a process of its own.</summary>
    public async Task<ServerProcess> StartBotAsync(string dataFolder)
    {
        var bot = await ServerProcess.StartAsync(
            "bot",
            BotDll,
            [.. BotSettings(dataFolder).Select(setting => $"--{setting.Key}={setting.Value}")],
            botEnvironment);
        await WaitUntilHealthyAsync(bot);
        return bot;
    }

    /// <summary>This driver in <see cref="EchoServer.Command"/> mode, with the bot's garbage collector and JIT settings.</summary>
    public Task<ServerProcess> StartEchoAsync() =>
        ServerProcess.StartAsync("echo", typeof(ChildServers).Assembly.Location, [EchoServer.Command, $"--{QuietLogging.Key}={QuietLogging.Value}"], DriverRunEnvironment());

    /// <summary>This driver in <see cref="FloorServer.Command"/> mode (state in a fresh file in <paramref name="dataFolder"/>), run like the echo.</summary>
    public async Task<ServerProcess> StartFloorAsync(string dataFolder)
    {
        var floor = await ServerProcess.StartAsync(
            "floor",
            typeof(ChildServers).Assembly.Location,
            [FloorServer.Command, $"--{FloorServer.StateFileSetting}={Path.Combine(dataFolder, "floor.state.db")}", $"--{QuietLogging.Key}={QuietLogging.Value}"],
            DriverRunEnvironment());
        await WaitUntilHealthyAsync(floor);
        return floor;
    }

    // The driver's own runtimeconfig differs from the bot's; the bot's settings are passed as environment variables.
    private Dictionary<string, string> DriverRunEnvironment()
    {
        var environment = new Dictionary<string, string>(botEnvironment);
        foreach (var (variable, enabled) in RuntimeSettings)
        {
            environment[variable] = enabled ? "1" : "0";
        }

        return environment;
    }

    public bool ServerGc => RuntimeSettings["DOTNET_gcServer"];

    public string Describe() =>
        $"server GC {(ServerGc ? "on" : "off")}, concurrent GC {(RuntimeSettings["DOTNET_gcConcurrent"] ? "on" : "off")}, " +
        $"tiered PGO {(RuntimeSettings["DOTNET_TieredPGO"] ? "on" : "off")}" +
        (botEnvironment.Count == 0 ? string.Empty : $", bot environment {string.Join(' ', botEnvironment.Select(e => $"{e.Key}={e.Value}"))}");

    /// <summary>The bot's runtime settings that shape throughput and memory (its runtimeconfig.json, overridden by --bot-env), as environment variables.</summary>
    private IReadOnlyDictionary<string, bool> RuntimeSettings
    {
        get
        {
            var settings = new Dictionary<string, bool>();
            foreach (var (variable, property, runtimeDefault) in new[]
            {
                ("DOTNET_gcServer", "System.GC.Server", false),
                ("DOTNET_gcConcurrent", "System.GC.Concurrent", true),
                ("DOTNET_TieredPGO", "System.Runtime.TieredPGO", true),
            })
            {
                settings[variable] = botEnvironment.TryGetValue(variable, out var value) ? value == "1" : Configured(property) ?? runtimeDefault;
            }

            return settings;
        }
    }

    private static bool? Configured(string property)
    {
        var runtimeConfig = Path.ChangeExtension(BotDll, ".runtimeconfig.json");
        using var document = JsonDocument.Parse(File.ReadAllText(runtimeConfig));
        return document.RootElement.TryGetProperty("runtimeOptions", out var options)
            && options.TryGetProperty("configProperties", out var properties)
            && properties.TryGetProperty(property, out var setting)
            && setting.ValueKind is JsonValueKind.True or JsonValueKind.False
                ? setting.ValueKind == JsonValueKind.True
                : null;
    }

    private static async Task WaitUntilHealthyAsync(ServerProcess server)
    {
        using var client = new HttpClient { BaseAddress = server.BaseAddress, Timeout = TimeSpan.FromSeconds(5) };
        for (var attempt = 0; attempt < 150; attempt++)
        {
            try
            {
                using var response = await client.GetAsync("/healthz");
                if (response.IsSuccessStatusCode)
                {
                    return;
                }
            }
            catch (HttpRequestException)
            {
                // Not serving yet.
            }

            await Task.Delay(200);
        }

        throw new InvalidOperationException($"The {server.Name} never reported healthy. Its output:\n{server.OutputTail}");
    }
}
