using Microsoft.Data.Sqlite;
using NodaTime;
using PlanningServicesBot.Data.Sqlite;
using PlanningServicesBot.Data.Sqlite.Migrations;
using PlanningServicesBot.Domain.Calendar;
using PlanningServicesBot.Domain.Catalogue;
using PlanningServicesBot.Hosting;
using PlanningServicesBot.Time;
using Spectre.Console;

namespace PlanningServicesBot.CommandLine;

/// <summary>What a command runs against, configured as the bot host is: appsettings.json, environment variables, then options.</summary>
internal sealed class CommandContext
{
    private CommandContext(IConfiguration configuration, IAnsiConsole console, IAnsiConsole errors, TextWriter output)
    {
        Console = console;
        Errors = errors;
        Output = output;
        Calendar = PlanningServicesBotServiceCollectionExtensions.ProgramCalendarFrom(configuration);
        Demo = configuration.GetSection(DemoOptions.SectionName).Get<DemoOptions>() ?? new DemoOptions();
        var demoProblems = Demo.Validate().ToList();
        if (demoProblems.Count > 0)
        {
            throw new InvalidOperationException(string.Join(" ", demoProblems));
        }

        Connections = new SqliteConnectionFactory(configuration.GetConnectionString(PlanningServicesBotServiceCollectionExtensions.ConnectionStringName));
        Clock = Demo.Enabled
            ? new DemoClock(SystemClock.Instance, Demo.DemoDate.At(Demo.DemoStartTime).InZoneLeniently(Calendar.Zone).ToInstant())
            : SystemClock.Instance;
    }

    public IAnsiConsole Console { get; }

    /// <summary>Where errors go: standard error, so that a CSV on standard output stays clean.</summary>
    public IAnsiConsole Errors { get; }

    /// <summary>Where plain output (a CSV export) goes.</summary>
    public TextWriter Output { get; }

    public ProgramCalendar Calendar { get; }

    public ProgramCatalogue Catalogue => ProgramCatalogue.Default;

    public DemoOptions Demo { get; }

    public SqliteConnectionFactory Connections { get; }

    /// <summary>The demo clock in demo mode, else the system clock.</summary>
    public IClock Clock { get; }

    public LocalDate Today => Calendar.Today(Clock.GetCurrentInstant());

    public static CommandContext Create(string? connection, IAnsiConsole console, IAnsiConsole errors, TextWriter output) =>
        new(CommandLineConfiguration.Build(connection), console, errors, output);

    public int Fail(string message)
    {
        Errors.MarkupLine("[red]Error:[/] " + Markup.Escape(message));
        return ExitCodes.Failure;
    }

    /// <summary>Applies any pending migration, creating the database file if needed, and says so.</summary>
    public void Migrate()
    {
        var applied = new SqliteMigrator(Connections, Clock).Migrate();
        if (applied.Count > 0)
        {
            Console.WriteLine($"Database {Connections.DataSource}: applied migration(s) {string.Join(", ", applied)}.");
        }
    }

    /// <summary>Null when the database exists and is migrated; otherwise what the operator should do (nothing is created).</summary>
    public string? MissingDatabase()
    {
        if (!Connections.IsInMemory && !File.Exists(Connections.DataSource))
        {
            return $"There is no database at {Connections.DataSource}. Run 'db migrate' (and 'seed demo') first, or pass --connection.";
        }

        var migrator = new SqliteMigrator(Connections, Clock);
        return migrator.CurrentVersion() < migrator.LatestVersion
            ? $"The database at {Connections.DataSource} is not up to date. Run 'db migrate' first."
            : null;
    }

    /// <summary>Runs a command body, turning configuration, file and database failures (and data the program refuses to work with) into an error line and a failure exit code.</summary>
    public static async Task<int> RunAsync(
        string? connection, IAnsiConsole console, IAnsiConsole errors, TextWriter output, Func<CommandContext, Task<int>> body)
    {
        CommandContext context;
        try
        {
            context = Create(connection, console, errors, output);
        }
        catch (Exception e) when (e is InvalidOperationException or FormatException or Microsoft.Extensions.Options.OptionsValidationException or ArgumentException)
        {
            errors.MarkupLine("[red]Error:[/] the configuration is invalid: " + Markup.Escape(e.Message));
            return ExitCodes.Failure;
        }

        try
        {
            return await body(context);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException or SqliteException or InvalidOperationException)
        {
            return context.Fail(e.Message);
        }
    }
}
