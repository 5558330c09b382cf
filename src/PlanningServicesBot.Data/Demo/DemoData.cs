using Microsoft.Data.Sqlite;
using NodaTime;
using PlanningServicesBot.Data.Sqlite;
using PlanningServicesBot.Domain.Abstractions;
using PlanningServicesBot.Domain.Calendar;
using PlanningServicesBot.Domain.Catalogue;
using PlanningServicesBot.Domain.Customers;
using PlanningServicesBot.Domain.Vouchers;

namespace PlanningServicesBot.Data.Demo;

/// <summary>
/// Seeds the demo partners (<see cref="DemoIdentities"/>), customers and vouchers (<see cref="DemoVouchers"/>) relative to a
/// demo date. Every voucher's story is played day by day through the program's own rules — issued, reserved, reported,
/// redeemed, paid — and written as the changes those operations make (audit entries, balances, operation keys included),
/// all vouchers in one transaction. Seeding is idempotent: on a database that already holds the demo data for that date it
/// changes nothing (and completes partners and customers if an earlier seed was interrupted before its vouchers). A database
/// seeded for another demo date is left alone (<see cref="DemoSeedOutcome.SeededForAnotherDate"/>); seed a fresh one instead.
/// </summary>
public sealed class DemoData
{
    private readonly SqliteConnectionFactory connections;
    private readonly ProgramCalendar calendar;
    private readonly ProgramCatalogue catalogue;
    private readonly SqliteVoucherRepository vouchers;
    private readonly SqlitePartnerRepository partners;
    private readonly SqliteCustomerRepository customers;

    public DemoData(SqliteConnectionFactory connections, ProgramCalendar calendar, ProgramCatalogue catalogue)
    {
        this.connections = connections;
        this.calendar = calendar;
        this.catalogue = catalogue;
        vouchers = new SqliteVoucherRepository(connections);
        partners = new SqlitePartnerRepository(connections);
        customers = new SqliteCustomerRepository(connections);
    }

    /// <summary>The demo date unless another is asked for: a Monday in the last months of voucher assignment.</summary>
    public static LocalDate DefaultDate { get; } = new(2021, 5, 3);

    /// <summary>The earliest demo date: the first on which a voucher's life can be capped by the last redemption day.</summary>
    public LocalDate EarliestDate => calendar.LastRedemptionDay.PlusDays(-(calendar.VoucherLifeDays + calendar.CovidExtensionDays) + 1);

    /// <summary>The latest demo date: the last day vouchers could be assigned.</summary>
    public LocalDate LatestDate => calendar.LastAssignmentDay;

    /// <summary>Seeds the demo data for <paramref name="demoDate"/> into a migrated database.</summary>
    /// <exception cref="ArgumentOutOfRangeException">The date is outside <see cref="EarliestDate"/>..<see cref="LatestDate"/>.</exception>
    public async Task<DemoSeedResult> SeedAsync(LocalDate demoDate, CancellationToken cancellationToken = default)
    {
        if (demoDate < EarliestDate || demoDate > LatestDate)
        {
            throw new ArgumentOutOfRangeException(nameof(demoDate), demoDate,
                $"The demo date must be between {Iso(EarliestDate)} and {Iso(LatestDate)}.");
        }

        var demoPartners = DemoPartners.For(demoDate);
        var stories = new DemoCasting(catalogue, calendar, demoPartners)
            .CastAll(new DemoStories(calendar, catalogue).For(demoDate), DemoCustomers.All);
        if (await FindSeededDateAsync(cancellationToken) is { } seededFor && seededFor != demoDate)
        {
            return new DemoSeedResult(DemoSeedOutcome.SeededForAnotherDate, seededFor, demoPartners.Count, DemoCustomers.All.Count, stories.Count);
        }

        var changed = await AddPartnersAsync(demoPartners, cancellationToken);
        var opening = OpeningCustomers(stories);
        changed |= await AddCustomersAsync(opening, cancellationToken);
        if (await FindSeededDateAsync(cancellationToken) is null)
        {
            var recording = new DemoPlayback(calendar, catalogue).Play(stories, demoPartners, opening);
            changed |= await WriteAsync(recording, cancellationToken);
        }

        return new DemoSeedResult(
            changed ? DemoSeedOutcome.Seeded : DemoSeedOutcome.AlreadySeeded, demoDate, demoPartners.Count, DemoCustomers.All.Count, stories.Count);
    }

    /// <summary>The demo date the database holds demo data for, if any.</summary>
    public async Task<LocalDate?> FindSeededDateAsync(CancellationToken cancellationToken = default)
    {
        // The voucher that expires on the demo date tells it.
        var marker = await vouchers.FindAsync(new VoucherNumber(DemoVouchers.ExpiresToday.Number), cancellationToken);
        return marker?.LastDay(calendar).Date;
    }

    private async Task<bool> AddPartnersAsync(IReadOnlyList<DemoPartner> demoPartners, CancellationToken cancellationToken)
    {
        var added = false;
        foreach (var demoPartner in demoPartners)
        {
            if (await partners.FindAsync(demoPartner.Partner.MpnId, cancellationToken) is null)
            {
                await partners.AddAsync(demoPartner.Partner, cancellationToken);
                added = true;
            }
        }

        return added;
    }

    private async Task<bool> AddCustomersAsync(IReadOnlyList<Customer> opening, CancellationToken cancellationToken)
    {
        var added = false;
        foreach (var customer in opening)
        {
            if (await customers.FindAsync(customer.AgreementNumber, cancellationToken) is null)
            {
                await customers.AddAsync(customer, cancellationToken);
                added = true;
            }
        }

        return added;
    }

    /// <summary>The demo customers before their vouchers: what is left at the end plus every demo voucher's days.</summary>
    private static List<Customer> OpeningCustomers(IReadOnlyList<(DemoStory Story, DemoCast? Cast)> stories) =>
        DemoCustomers.All
            .Select(c => c with { DaysBalance = c.DaysBalance + stories.Where(s => s.Story.AgreementNumber == c.AgreementNumber).Sum(s => s.Story.Days) })
            .ToList();

    /// <summary>
    /// Writes every recorded change as <see cref="SqliteVoucherRepository.CommitAsync"/> would — conditional write, debit, audit
    /// entry, stored outcome — but all in one transaction, so the demo story is in the database entirely or not at all.
    /// </summary>
    private async Task<bool> WriteAsync(DemoRecording recording, CancellationToken cancellationToken)
    {
        await using var connection = await connections.OpenAsync(cancellationToken);
        await using var transaction = connection.BeginTransaction(deferred: false);
        if (Exists(connection, transaction, DemoVouchers.ExpiresToday.Number))
        {
            // Another seeder got here first.
            return false;
        }

        foreach (var change in recording.Changes)
        {
            cancellationToken.ThrowIfCancellationRequested();
            using var write = Command(connection, transaction, change.ExpectedState is null ? VoucherRows.InsertSql : VoucherRows.ConditionalUpdateSql);
            VoucherRows.Bind(write, change.Voucher, change.DueOn);
            if (change.ExpectedState is { } expected)
            {
                write.Parameters.Remove(write.Parameters["$version"]);
                write.Parameters.AddWithValue("$expected_state", StoredValues.Name(expected));
                write.Parameters.AddWithValue("$expected_version", change.ExpectedVersion);
            }

            Expect(write.ExecuteNonQuery() == 1, change, "the voucher was not as expected");
            if (change.Debit is { } debit)
            {
                using var take = Command(connection, transaction,
                    "UPDATE customers SET days_balance = days_balance - $days WHERE agreement_number = $agreement AND days_balance >= $days");
                take.Parameters.AddWithValue("$days", (long)debit.Days);
                take.Parameters.AddWithValue("$agreement", debit.AgreementNumber);
                Expect(take.ExecuteNonQuery() == 1, change, "the customer's balance does not cover it");
            }

            await SqliteVoucherRepository.AppendAuditAsync(connection, transaction, change.Audit, cancellationToken);
            using var outcome = Command(connection, transaction,
                "INSERT INTO operations (idempotency_key, outcome, created_at) VALUES ($key, $outcome, $at)");
            outcome.Parameters.AddWithValue("$key", change.Key.Value);
            outcome.Parameters.AddWithValue("$outcome", change.OutcomeJson);
            outcome.Parameters.AddWithValue("$at", StoredValues.Instant(change.Audit.At));
            outcome.ExecuteNonQuery();
        }

        foreach (var (mpnId, registration) in recording.SavbRegistrations)
        {
            using var register = Command(connection, transaction,
                "INSERT INTO savb_registrations (mpn_id, offering, registered_on) VALUES ($mpn_id, $offering, $on)");
            register.Parameters.AddWithValue("$mpn_id", mpnId);
            register.Parameters.AddWithValue("$offering", registration.Offering);
            register.Parameters.AddWithValue("$on", StoredValues.Date(registration.RegisteredOn));
            register.ExecuteNonQuery();
        }

        await transaction.CommitAsync(cancellationToken);
        return true;
    }

    private static bool Exists(SqliteConnection connection, SqliteTransaction transaction, string number)
    {
        using var command = Command(connection, transaction, "SELECT EXISTS (SELECT 1 FROM vouchers WHERE number = $number)");
        command.Parameters.AddWithValue("$number", number);
        return Convert.ToInt64(command.ExecuteScalar(), System.Globalization.CultureInfo.InvariantCulture) == 1;
    }

    private static SqliteCommand Command(SqliteConnection connection, SqliteTransaction transaction, string sql)
    {
        var command = connection.CreateCommand();
        command.Transaction = transaction;
        command.CommandText = sql;
        return command;
    }

    private static void Expect(bool written, VoucherChange change, string why)
    {
        if (!written)
        {
            throw new InvalidOperationException($"Demo voucher {change.Voucher.Number}: could not record {change.Audit.Reason}: {why}.");
        }
    }

    private static string Iso(LocalDate day) => NodaTime.Text.LocalDatePattern.Iso.Format(day);
}
