namespace PlanningServicesBot.Tests.RealClients;

/// <summary>
/// tests/clients: the npm package with the third-party Direct Line clients, installed from its lock file
/// (`npm ci`) the first time a test needs it.
/// </summary>
public sealed class NodeClientPackage
{
    private static readonly SemaphoreSlim InstallGate = new(1, 1);
    private static readonly TimeSpan InstallTimeout = TimeSpan.FromMinutes(5);

    private NodeClientPackage(string directory) => Folder = directory;

    public string Folder { get; }

    public static async Task<NodeClientPackage> InstalledAsync()
    {
        var package = new NodeClientPackage(Path.Combine(RepositoryRoot(), "tests", "clients"));
        await InstallGate.WaitAsync();
        try
        {
            if (!Directory.Exists(Path.Combine(package.Folder, "node_modules")))
            {
                await using var npm = ChildProcess.Start("npm", ["ci", "--no-audit", "--no-fund"], package.Folder);
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
