using System.CommandLine;
using Spectre.Console;

namespace PlanningServicesBot.CommandLine;

/// <summary>
/// The operator's command line, run instead of the bot when the first argument is one of its verbs:
/// <c>db migrate</c>, <c>seed demo [--date]</c>, <c>seed scale --vouchers N</c>, <c>vouchers import FILE</c>,
/// <c>vouchers export [--output FILE]</c>, <c>voucher show NUMBER</c>; each takes <c>--connection</c>.
/// Exit code 0 on success, non-zero otherwise.
/// </summary>
public static class CommandLineApp
{
    private static readonly HashSet<string> Verbs = new(StringComparer.Ordinal) { "db", "seed", "vouchers", "voucher" };

    /// <summary>Whether <paramref name="args"/> ask for a command rather than the bot.</summary>
    public static bool IsCommand(string[] args) => args.Length > 0 && Verbs.Contains(args[0]);

    /// <summary>
    /// Runs the command in <paramref name="args"/>, writing everything to <paramref name="output"/> when given (tests), else to
    /// standard output and errors to standard error; without colours or live redraws when they are not a terminal.
    /// </summary>
    public static async Task<int> RunAsync(string[] args, TextWriter? output = null, CancellationToken cancellationToken = default)
    {
        // Redirected standard output or error (a log, a pipe) is written like any other writer: plain text, no live redraws.
        var console = output is not null ? WriterConsole(output)
            : Console.IsOutputRedirected ? WriterConsole(Console.Out)
            : AnsiConsole.Console;
        var errors = output is not null ? console
            : Console.IsErrorRedirected ? WriterConsole(Console.Error)
            : AnsiConsole.Create(new AnsiConsoleSettings { Out = new AnsiConsoleOutput(Console.Error) });
        var writer = output ?? Console.Out;
        var environment = new CommandEnvironment(console, errors, writer);
        var root = new RootCommand("PlanningServicesBot command line: database, demo and scale data, voucher files, voucher facts")
        {
            DbCommand.Create(environment),
            SeedCommand.Create(environment),
            VouchersCommand.Create(environment),
            VoucherCommand.Create(environment),
        };
        root.Options.Add(environment.Connection);

        var invocation = new InvocationConfiguration { Output = writer, Error = output ?? Console.Error };
        return await root.Parse(args).InvokeAsync(invocation, cancellationToken);
    }

    private static IAnsiConsole WriterConsole(TextWriter output)
    {
        var console = AnsiConsole.Create(new AnsiConsoleSettings
        {
            Out = new AnsiConsoleOutput(output),
            Ansi = AnsiSupport.No,
            ColorSystem = ColorSystemSupport.NoColors,
            Interactive = InteractionSupport.No,
        });
        // Wide enough that voucher numbers, e-mails and problem details are not wrapped inside table cells.
        console.Profile.Width = 200;
        return console;
    }
}
