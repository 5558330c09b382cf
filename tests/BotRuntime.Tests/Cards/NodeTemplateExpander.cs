using System.Diagnostics;
using System.Text.Json.Nodes;

namespace BotRuntime.Tests.Cards;

/// <summary>
/// Runs the official JavaScript <c>adaptivecards-templating</c> (tests/js/expand.js) on a batch of cases in one node
/// process, installing the pinned npm packages with <c>npm ci</c> first when they are missing.
/// </summary>
internal static class NodeTemplateExpander
{
    private static readonly SemaphoreSlim InstallLock = new(1, 1);

    public static async Task<IReadOnlyDictionary<string, ReferenceExpansion>> ExpandAsync(IEnumerable<TemplateCase> cases)
    {
        await EnsureInstalledAsync();
        var input = new JsonArray(cases.Select(testCase => (JsonNode)testCase.ToNodeInput()).ToArray());
        var output = await RunAsync("node", ["expand.js"], input.ToJsonString());
        var results = JsonNode.Parse(output)!.AsArray();
        return results.ToDictionary(
            result => result!["name"]!.GetValue<string>(),
            result => result!["error"] is { } error
                ? ReferenceExpansion.Failure(error.GetValue<string>())
                : ReferenceExpansion.Success(result["result"]?.DeepClone()));
    }

    public static async Task EnsureInstalledAsync()
    {
        await InstallLock.WaitAsync();
        try
        {
            var package = Path.Combine(RepositoryLayout.NodeToolsFolder, "node_modules", "adaptivecards-templating", "package.json");
            if (!File.Exists(package))
            {
                await RunAsync("npm", ["ci", "--no-audit", "--no-fund"], standardInput: null);
            }
        }
        finally
        {
            InstallLock.Release();
        }
    }

    public static async Task<string> RunAsync(string program, string[] arguments, string? standardInput)
    {
        var start = new ProcessStartInfo(program)
        {
            WorkingDirectory = RepositoryLayout.NodeToolsFolder,
            RedirectStandardInput = true,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        foreach (var argument in arguments)
        {
            start.ArgumentList.Add(argument);
        }

        // adaptive-expressions formats numbers in Node's default locale; the C# engine mirrors en-US.
        start.Environment["LC_ALL"] = "en_US.UTF-8";
        start.Environment["LANG"] = "en_US.UTF-8";

        Process process;
        try
        {
            process = Process.Start(start) ?? throw new InvalidOperationException($"Could not start {program}.");
        }
        catch (System.ComponentModel.Win32Exception exception)
        {
            throw new InvalidOperationException($"'{program}' is required by the card parity tests (install Node.js 20+ with npm).", exception);
        }

        using (process)
        {
            var output = process.StandardOutput.ReadToEndAsync();
            var error = process.StandardError.ReadToEndAsync();
            if (standardInput is not null)
            {
                await process.StandardInput.WriteAsync(standardInput);
            }

            process.StandardInput.Close();
            await process.WaitForExitAsync();
            if (process.ExitCode != 0)
            {
                throw new InvalidOperationException($"{program} {string.Join(' ', arguments)} exited with {process.ExitCode}: {await error}");
            }

            return await output;
        }
    }
}
