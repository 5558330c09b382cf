using PlanningServicesBot.Tests.RealClients;

namespace PlanningServicesBot.Tests.Support;

/// <summary>
/// A Node package of the repository's (e.g. tests/clients, tests/clients-dl) with the real third-party clients the
/// tests run, installed from its lock file (`npm ci`) the first time a test needs it.
/// </summary>
public sealed class NodePackage
{
    private static readonly SemaphoreSlim InstallGate = new(1, 1);
    private static readonly TimeSpan InstallTimeout = TimeSpan.FromMinutes(5);

    private NodePackage(string folder) => Folder = folder;

    public string Folder { get; }

    /// <param name="relativeFolder">The package folder below the repository root, e.g. <c>tests/clients</c>.</param>
    /// <param name="installedMarker">A file below node_modules whose presence shows the package is installed.</param>
    public static async Task<NodePackage> InstalledAsync(string relativeFolder, string installedMarker)
    {
        var package = new NodePackage(Path.Combine(RepositoryRoot(), relativeFolder));
        await InstallGate.WaitAsync();
        try
        {
            if (!File.Exists(Path.Combine(package.Folder, "node_modules", installedMarker)))
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
