using System.Net;
using System.Reflection;

namespace PlanningServicesBot.LoadDriver;

/// <summary>What the figures depend on besides the code: build configuration, cores, GC mode; and the HTTP client used.</summary>
public static class DriverEnvironment
{
    public static string Describe(ChildServers servers)
    {
        var botAssembly = typeof(PlanningServicesBot.Localization.BotText).Assembly;
        var optimized = botAssembly.GetCustomAttribute<System.Diagnostics.DebuggableAttribute>()?.IsJITOptimizerDisabled != true;
        return $"bot build {(optimized ? "optimized (Release)" : "NOT optimized (Debug) - figures are not representative")}, "
            + $"{Environment.ProcessorCount} cores shared by driver and server, "
            + $"{servers.Describe()}, .NET {Environment.Version}";
    }

    /// <summary>NAME=VALUE pairs from the command line.</summary>
    public static IReadOnlyDictionary<string, string> ParseVariables(IEnumerable<string> pairs) =>
        pairs.Select(pair => pair.Split('=', 2)).ToDictionary(
            parts => parts[0],
            parts => parts.Length == 2 ? parts[1] : throw new ArgumentException($"'{parts[0]}' is not NAME=VALUE."));

    public static HttpClient CreateHttpClient() => new(new SocketsHttpHandler
    {
        UseProxy = false,
        MaxConnectionsPerServer = int.MaxValue,
        PooledConnectionLifetime = Timeout.InfiniteTimeSpan,
        AutomaticDecompression = DecompressionMethods.None,
    })
    {
        Timeout = Timeout.InfiniteTimeSpan,
    };

    public static string NewDataFolder()
    {
        var folder = Path.Combine(Path.GetTempPath(), "psb-load-driver", Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(folder);
        return folder;
    }

    public static void DeleteDataFolder(string folder)
    {
        try
        {
            Directory.Delete(folder, recursive: true);
        }
        catch (IOException)
        {
            // A leftover temp folder is harmless.
        }
    }
}
