using PlanningServicesBot.CommandLine;
using PlanningServicesBot.Data.Sqlite;

namespace PlanningServicesBot.Tests.CommandLine;

/// <summary>A temp folder for one test's databases and files, and the command line run against them, its output captured.</summary>
public sealed class CommandLineFolder : IDisposable
{
    private readonly List<SqliteConnectionFactory> databases = [];

    public string Path { get; } = System.IO.Path.Combine(System.IO.Path.GetTempPath(), "psbot-cli-tests", Guid.NewGuid().ToString("N"));

    public CommandLineFolder() => Directory.CreateDirectory(Path);

    public string File(string name) => System.IO.Path.Combine(Path, name);

    /// <summary>Runs the command line with <c>--connection</c> pointing at <paramref name="database"/> in this folder.</summary>
    public async Task<(int ExitCode, string Output)> RunAsync(string database, params string[] args)
    {
        using var output = new StringWriter();
        var exitCode = await CommandLineApp.RunAsync([.. args, "--connection", File(database)], output);
        return (exitCode, output.ToString());
    }

    public SqliteConnectionFactory Connections(string database)
    {
        var connections = new SqliteConnectionFactory($"Data Source={File(database)}");
        databases.Add(connections);
        return connections;
    }

    public void Dispose()
    {
        foreach (var connections in databases)
        {
            connections.ReleasePooledConnections();
        }

        try
        {
            Directory.Delete(Path, recursive: true);
        }
        catch (IOException)
        {
            // A leftover temp folder is harmless.
        }
    }
}
