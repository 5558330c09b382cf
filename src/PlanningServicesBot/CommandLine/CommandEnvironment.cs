using System.CommandLine;
using Spectre.Console;

namespace PlanningServicesBot.CommandLine;

/// <summary>What every command shares: the consoles it writes to and for errors, the raw output for plain data, and the global --connection option.</summary>
internal sealed class CommandEnvironment(IAnsiConsole console, IAnsiConsole errors, TextWriter output)
{
    public Option<string?> Connection { get; } = new("--connection")
    {
        Description = "The SQLite connection string, or a database file path (default: ConnectionStrings:PlanningServices, else data/planning-services.db)",
        Recursive = true,
    };

    public Task<int> RunAsync(ParseResult parseResult, Func<CommandContext, Task<int>> body) =>
        CommandContext.RunAsync(parseResult.GetValue(Connection), console, errors, output, body);
}
