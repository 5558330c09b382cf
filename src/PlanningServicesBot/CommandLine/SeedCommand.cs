using System.CommandLine;
using System.CommandLine.Parsing;
using System.Diagnostics;
using NodaTime;
using NodaTime.Text;
using PlanningServicesBot.Data.Demo;
using PlanningServicesBot.Data.VoucherFiles;
using PlanningServicesBot.Domain.Partners;
using Spectre.Console;

namespace PlanningServicesBot.CommandLine;

/// <summary><c>seed demo</c> and <c>seed scale</c>.</summary>
internal static class SeedCommand
{
    public static Command Create(CommandEnvironment environment)
    {
        var date = new Option<LocalDate?>("--date")
        {
            Description = "The demo date the data is relative to, yyyy-MM-dd (default: Demo:Date, 2021-05-03)",
            CustomParser = ParseDate,
        };
        var demo = new Command("demo", "Seed the demo partners, customers and vouchers (idempotent: a seeded database is left as it is)") { date };
        demo.SetAction((parseResult, ct) => environment.RunAsync(parseResult, context => SeedDemoAsync(context, parseResult.GetValue(date), ct)));

        var count = new Option<long>("--vouchers") { Description = "How many synthetic vouchers to write, e.g. 1000000", Required = true };
        count.Validators.Add(result =>
        {
            if (result.GetValueOrDefault<long>() <= 0)
            {
                result.AddError("--vouchers must be a positive number.");
            }
        });
        var seed = new Option<int>("--seed") { Description = "The random seed; the same seed writes the same vouchers (default: 1)", DefaultValueFactory = _ => 1 };
        var scale = new Command("scale", "Write synthetic vouchers in every state for scale tests and benchmarks") { count, seed };
        scale.SetAction((parseResult, ct) => environment.RunAsync(parseResult, context =>
            SeedScaleAsync(context, parseResult.GetValue(count), parseResult.GetValue(seed), ct)));

        return new Command("seed", "Fill the database with demo or synthetic data") { demo, scale };
    }

    private static async Task<int> SeedDemoAsync(CommandContext context, LocalDate? requested, CancellationToken cancellationToken)
    {
        var date = requested ?? context.Demo.DemoDate;
        var demo = new DemoData(context.Connections, context.Calendar, context.Catalogue);
        if (date < demo.EarliestDate || date > demo.LatestDate)
        {
            return context.Fail($"The demo date must be between {Iso(demo.EarliestDate)} and {Iso(demo.LatestDate)}; {Iso(date)} is not.");
        }

        context.Migrate();
        var result = await demo.SeedAsync(date, cancellationToken);
        var console = context.Console;
        switch (result.Outcome)
        {
            case DemoSeedOutcome.SeededForAnotherDate:
                return context.Fail($"{context.Connections.DataSource} holds the demo data for {Iso(result.DemoDate)}. " +
                    $"Seed a fresh database (e.g. --connection data/demo-{Iso(date)}.db) for {Iso(date)}.");
            case DemoSeedOutcome.AlreadySeeded:
                console.WriteLine($"The demo data for {Iso(date)} is already in {context.Connections.DataSource}; nothing changed.");
                break;
            default:
                console.WriteLine($"Seeded the demo data for {Iso(date)} into {context.Connections.DataSource}: " +
                    $"{result.Partners} partners, {result.Customers} customers, {result.Vouchers} vouchers.");
                break;
        }

        if (context.Demo.Enabled && context.Demo.DemoDate != date)
        {
            console.WriteLine($"Note: the bot's demo date (Demo:Date) is {Iso(context.Demo.DemoDate)}, not {Iso(date)}.");
        }

        console.Write(IdentitiesTable());
        console.Write(WellKnownVouchersTable());
        return ExitCodes.Success;
    }

    private static async Task<int> SeedScaleAsync(CommandContext context, long count, int seed, CancellationToken cancellationToken)
    {
        context.Migrate();
        var scaleSeed = new VoucherScaleSeed(context.Connections, context.Calendar, context.Catalogue);
        var watch = Stopwatch.StartNew();
        long written = 0;
        await ProgressBars.For(context.Console).StartAsync(async progress =>
        {
            var task = progress.AddTask("Writing vouchers", maxValue: count);
            written = await Task.Run(() => scaleSeed.Write(count, seed, ProgressBars.Reporter(task), cancellationToken), cancellationToken);
            task.Value = count;
        });
        context.Console.WriteLine(Invariant($"Wrote {written:N0} new vouchers ({count - written:N0} were already there) into {context.Connections.DataSource} in {watch.Elapsed.TotalSeconds:N1} s."));
        return ExitCodes.Success;
    }

    private static Table IdentitiesTable()
    {
        var table = new Table().Title($"Demo users (tenant {DemoIdentities.TenantId})")
            .AddColumn("Partner").AddColumn("MPN id").AddColumn("Role").AddColumn("Name").AddColumn("AAD object id");
        foreach (var user in DemoIdentities.Users)
        {
            table.AddRow(Cells(user.PartnerName, user.MpnId, RoleName(user.Role), user.DisplayName, user.AadObjectId));
        }

        return table;
    }

    private static Table WellKnownVouchersTable()
    {
        var table = new Table().Title("Well-known demo vouchers").AddColumn("Voucher").AddColumn("Admin e-mail").AddColumn("Shows");
        foreach (var voucher in DemoVouchers.All)
        {
            table.AddRow(Cells(voucher.Number, voucher.AdminEmail, voucher.Shows));
        }

        return table;
    }

    private static LocalDate? ParseDate(ArgumentResult result)
    {
        var text = result.Tokens.Count == 1 ? result.Tokens[0].Value : "";
        var parsed = LocalDatePattern.Iso.Parse(text);
        if (parsed.Success)
        {
            return parsed.Value;
        }

        result.AddError($"'{text}' is not a date like 2021-05-03.");
        return null;
    }

    private static string RoleName(PartnerRole role) => role switch
    {
        PartnerRole.GlobalAdmin => "Global admin",
        PartnerRole.MpnPartnerAdmin => "MPN partner admin",
        _ => "Consultant",
    };

    private static Text[] Cells(params string[] values) => values.Select(v => new Text(v)).ToArray();

    private static string Iso(LocalDate date) => LocalDatePattern.Iso.Format(date);

    private static string Invariant(FormattableString text) => text.ToString(System.Globalization.CultureInfo.InvariantCulture);
}
