using PlanningServicesBot.Tests.RealClients;

namespace PlanningServicesBot.Tests.WebChat;

/// <summary>
/// tests/clients-dl: botframework-directlinejs (the client Web Chat is built on) with its Node helpers, installed from
/// the lock file (`npm ci`) the first time a test needs it.
/// </summary>
public sealed class DirectLineJsPackage
{
    private static readonly SemaphoreSlim InstallGate = new(1, 1);
    private static readonly TimeSpan InstallTimeout = TimeSpan.FromMinutes(5);

    private DirectLineJsPackage(string folder) => Folder = folder;

    public string Folder { get; }

    public static async Task<DirectLineJsPackage> InstalledAsync()
    {
        var package = new DirectLineJsPackage(Path.Combine(RepositoryRoot(), "tests", "clients-dl"));
        await InstallGate.WaitAsync();
        try
        {
            if (!File.Exists(Path.Combine(package.Folder, "node_modules", "botframework-directlinejs", "package.json")))
            {
                await using var npm = ChildProcess.Start("npm", ["ci", "--no-audit", "--no-fund", "--ignore-scripts"], package.Folder);
                var exitCode = await npm.WaitForExitAsync(InstallTimeout);
                if (exitCode != 0)
                {
                    throw new InvalidOperationException(
                        $"`npm ci` in {package.Folder} {(exitCode is null ? "timed out" : $"exited with {exitCode}")}:\n{npm.Output}");
                }
            }
        }
        finally
        {
            InstallGate.Release();
        }

        return package;
    }

    public ChildProcess RunNode(string script, IEnumerable<string> arguments) =>
        ChildProcess.Start("node", [Path.Combine(Folder, script), .. arguments], Folder);

    private static string RepositoryRoot()
    {
        for (var directory = new DirectoryInfo(AppContext.BaseDirectory); directory is not null; directory = directory.Parent)
        {
            if (File.Exists(Path.Combine(directory.FullName, "PlanningServicesBot.sln")))
            {
                return directory.FullName;
            }
        }

        throw new InvalidOperationException($"No PlanningServicesBot.sln above {AppContext.BaseDirectory}.");
    }
}
