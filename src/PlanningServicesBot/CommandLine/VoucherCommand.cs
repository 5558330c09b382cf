using System.CommandLine;
using PlanningServicesBot.Data.Sqlite;
using PlanningServicesBot.Domain.Vouchers;

namespace PlanningServicesBot.CommandLine;

/// <summary><c>voucher show NUMBER</c>.</summary>
internal static class VoucherCommand
{
    public static Command Create(CommandEnvironment environment)
    {
        var number = new Argument<string>("number") { Description = "The voucher number, e.g. 7K2Q-XJ4M-0B9C (case and dashes do not matter)" };
        var show = new Command("show", "Show a voucher's facts, the steps it went through and its deadlines, in the program time zone") { number };
        show.SetAction((parseResult, ct) => environment.RunAsync(parseResult, context => ShowAsync(context, parseResult.GetValue(number)!, ct)));
        return new Command("voucher", "One voucher") { show };
    }

    private static async Task<int> ShowAsync(CommandContext context, string text, CancellationToken cancellationToken)
    {
        var number = new VoucherNumberFormat(context.Calendar.VoucherNumberPattern).ParseOrNull(text);
        if (number is null)
        {
            return context.Fail($"'{text}' is not a voucher number (expected something like 7K2Q-XJ4M-0B9C).");
        }

        if (context.MissingDatabase() is { } missing)
        {
            return context.Fail(missing);
        }

        var vouchers = new SqliteVoucherRepository(context.Connections);
        var voucher = await vouchers.FindAsync(number, cancellationToken);
        if (voucher is null)
        {
            return context.Fail($"There is no voucher {number} in {context.Connections.DataSource}.");
        }

        var customer = await new SqliteCustomerRepository(context.Connections).FindAsync(voucher.AgreementNumber, cancellationToken);
        var partner = voucher.PartnerMpnId is { } mpnId ? await new SqlitePartnerRepository(context.Connections).FindAsync(mpnId, cancellationToken) : null;
        var audit = await vouchers.ListAuditAsync(number, cancellationToken);
        new VoucherReport(context.Calendar, context.Catalogue, context.Clock.GetCurrentInstant())
            .Write(context.Console, voucher, customer, partner, audit);
        return ExitCodes.Success;
    }
}
