using System.Globalization;
using Microsoft.Data.Sqlite;
using NodaTime;
using PlanningServicesBot.Data.Sqlite;
using PlanningServicesBot.Domain.Calendar;
using PlanningServicesBot.Domain.Catalogue;
using PlanningServicesBot.Domain.Deadlines;
using PlanningServicesBot.Domain.Partners;
using PlanningServicesBot.Domain.Vouchers;

namespace PlanningServicesBot.Data.VoucherFiles;

/// <summary>
/// Fills the database with synthetic vouchers for scale tests and benchmarks: a few partners, one customer per
/// <see cref="VouchersPerCustomer"/> vouchers, and vouchers in every state spread over the program's life.
/// The same count and seed always produce the same rows; running it twice adds nothing the second time.
/// No audit entries are written: these vouchers did not go through the lifecycle.
/// </summary>
public sealed class VoucherScaleSeed(SqliteConnectionFactory connections, ProgramCalendar calendar, ProgramCatalogue catalogue)
{
    public const int VouchersPerCustomer = 100;
    public const int PartnerCount = 10;
    public const int ProgressInterval = 10_000;

    // In ASCII order, so that numbers sort as text the way they sort as values.
    private const string Alphabet = "0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZ";
    private const int NumberLength = 12;
    private const long NumberSpace = 4_738_381_338_321_616_896; // 36^12

    private static readonly string[] Countries = ["DE", "US", "JP", "FR", "BR", "AU", "GB", "IN", "CA", "NL"];

    private readonly DeadlineCalendar deadlines = new(calendar);

    /// <summary>Writes <paramref name="count"/> vouchers in one transaction; returns how many were new.</summary>
    public long Write(long count, int seed, IProgress<long>? progress = null, CancellationToken cancellationToken = default)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(count);
        var random = new Random(seed);
        // Voucher i gets a random number inside the i-th slice of the number space: unique, and ascending, so every
        // insert appends to the number index instead of splitting pages all over it.
        var slice = NumberSpace / Math.Max(count, 1);
        var offerings = catalogue.Offerings.Select(o => o.Acronym).ToArray();
        var engagements = offerings.ToDictionary(o => o, o => catalogue.EngagementsOf(o).Select(e => e.Id).ToArray(), StringComparer.Ordinal);
        var customerCount = Math.Max(1, (count + VouchersPerCustomer - 1) / VouchersPerCustomer);
        var firstDay = calendar.CovidExtensionCreatedBefore.PlusMonths(-3);
        var daySpan = Period.DaysBetween(firstDay, calendar.LastAssignmentDay);
        var numberFormat = new VoucherNumberFormat(calendar.VoucherNumberPattern);

        using var connection = connections.Open();
        using var transaction = connection.BeginTransaction(deferred: false);
        var partners = WritePartners(connection, transaction, seed);
        WriteCustomers(connection, transaction, seed, customerCount);

        using var insert = new PreparedStatement(connection, VoucherRows.InsertSql + " ON CONFLICT (number) DO NOTHING");

        long written = 0;
        for (long i = 0; i < count; i++)
        {
            var number = numberFormat.ParseOrNull(Number((i * slice) + random.NextInt64(slice)))
                ?? throw new InvalidOperationException($"The scale seed writes numbers like 7K2Q-XJ4M-0B9C; the configured pattern '{calendar.VoucherNumberPattern}' rejects them.");
            var offering = offerings[random.Next(offerings.Length)];
            var created = firstDay.PlusDays(random.Next(daySpan + 1));
            var assigned = Min(created.PlusDays(random.Next(15)), calendar.LastAssignmentDay);
            var voucher = new Voucher(
                number,
                AgreementNumber(seed, random.NextInt64(customerCount)),
                offering,
                calendar.AllowedLengths[random.Next(calendar.AllowedLengths.Count)],
                created,
                assigned,
                "Scale Project Manager",
                VoucherState.Assigned,
                Version: 1);
            voucher = Advance(voucher, (VoucherState)random.Next(6), partners[random.Next(partners.Count)], engagements[offering], random, i);

            written += insert.Execute(VoucherRows.Values(voucher, deadlines.NextDueDay(voucher)));
            if ((i + 1) % ProgressInterval == 0)
            {
                cancellationToken.ThrowIfCancellationRequested();
                progress?.Report(i + 1);
            }
        }

        transaction.Commit();
        progress?.Report(count);
        return written;
    }

    private static Voucher Advance(Voucher voucher, VoucherState state, (string MpnId, PartnerLocation Location) partner, string[] engagements, Random random, long index)
    {
        if (state == VoucherState.Assigned)
        {
            return voucher;
        }

        var reservedOn = voucher.AssignedOn.PlusDays(random.Next(6));
        var start = reservedOn.PlusDays(1 + random.Next(30));
        var end = start.PlusDays(voucher.Days - 1);
        voucher = voucher with
        {
            State = VoucherState.Reserved,
            Version = 2,
            Reservation = new Reservation(
                partner.MpnId, engagements[random.Next(engagements.Length)], partner.Location.LocationId, "c-1",
                partner.Location.CountryCode, start, end, RemoteDelivery: false, reservedOn),
        };
        if (state == VoucherState.Reserved)
        {
            return voucher;
        }

        var submittedOn = end.PlusDays(1 + random.Next(5));
        voucher = voucher with
        {
            State = VoucherState.Delivered,
            Version = 3,
            CompletionReport = new CompletionReport(start, end, "c-1", 0, true, true, "Scale seed engagement", submittedOn),
        };
        if (state == VoucherState.Delivered)
        {
            return voucher;
        }

        var redeemedOn = submittedOn.PlusDays(random.Next(10));
        voucher = voucher with { State = VoucherState.Redeemed, Version = 4, RedeemedOn = redeemedOn };
        if (state == VoucherState.Redeemed)
        {
            return voucher;
        }

        var requestedOn = redeemedOn.PlusDays(random.Next(60));
        voucher = voucher with
        {
            State = VoucherState.PaymentRequested,
            Version = 5,
            PaymentRequest = new PaymentRequest(string.Create(CultureInfo.InvariantCulture, $"SAVB-S{index:D9}"), requestedOn),
        };
        return state == VoucherState.PaymentRequested
            ? voucher
            : voucher with { State = VoucherState.Paid, Version = 6, PaidOn = requestedOn.PlusDays(1 + random.Next(30)) };
    }

    private static List<(string MpnId, PartnerLocation Location)> WritePartners(SqliteConnection connection, SqliteTransaction transaction, int seed)
    {
        var partners = new List<(string, PartnerLocation)>();
        for (var p = 0; p < PartnerCount; p++)
        {
            var mpnId = string.Create(CultureInfo.InvariantCulture, $"scale-{seed}-{p}");
            var location = new PartnerLocation(mpnId + "-L", Countries[p % Countries.Length]);
            Execute(connection, transaction,
                "INSERT INTO partners (mpn_id, name, region) VALUES ($1, $2, $3) ON CONFLICT DO NOTHING",
                mpnId, $"Scale Partner {p}", StoredValues.Name(Enum.GetValues<Region>()[p % 3]));
            Execute(connection, transaction,
                "INSERT INTO partner_locations (mpn_id, location_id, country_code) VALUES ($1, $2, $3) ON CONFLICT DO NOTHING",
                mpnId, location.LocationId, location.CountryCode);
            Execute(connection, transaction,
                "INSERT INTO consultants (mpn_id, consultant_id, name) VALUES ($1, 'c-1', 'Scale Consultant') ON CONFLICT DO NOTHING",
                mpnId);
            partners.Add((mpnId, location));
        }

        return partners;
    }

    private static void WriteCustomers(SqliteConnection connection, SqliteTransaction transaction, int seed, long customerCount)
    {
        using var insert = connection.CreateCommand();
        insert.Transaction = transaction;
        insert.CommandText =
            "INSERT INTO customers (agreement_number, name, country_code, benefit_activated, voucher_admin_email, days_balance) " +
            "VALUES ($agreement, $name, $country, 1, $email, 0) ON CONFLICT DO NOTHING";
        var agreement = insert.Parameters.Add(new SqliteParameter("$agreement", ""));
        var name = insert.Parameters.Add(new SqliteParameter("$name", ""));
        var country = insert.Parameters.Add(new SqliteParameter("$country", ""));
        var email = insert.Parameters.Add(new SqliteParameter("$email", ""));
        for (long c = 0; c < customerCount; c++)
        {
            agreement.Value = AgreementNumber(seed, c);
            name.Value = string.Create(CultureInfo.InvariantCulture, $"Scale Customer {c}");
            country.Value = Countries[c % Countries.Length];
            email.Value = string.Create(CultureInfo.InvariantCulture, $"voucher-admin@customer{c}.scale.example");
            insert.ExecuteNonQuery();
        }
    }

    private static string AgreementNumber(int seed, long customer) =>
        string.Create(CultureInfo.InvariantCulture, $"S{seed}-{customer:D7}");

    private static string Number(long value) =>
        string.Create(NumberLength + 2, value, static (text, remaining) =>
        {
            for (var i = text.Length - 1; i >= 0; i--)
            {
                if (i is 4 or 9)
                {
                    text[i] = '-';
                    continue;
                }

                text[i] = Alphabet[(int)(remaining % 36)];
                remaining /= 36;
            }
        });

    private static LocalDate Min(LocalDate a, LocalDate b) => a < b ? a : b;

    private static void Execute(SqliteConnection connection, SqliteTransaction transaction, string sql, params string[] values)
    {
        using var command = connection.CreateCommand();
        command.Transaction = transaction;
        command.CommandText = sql;
        for (var i = 0; i < values.Length; i++)
        {
            command.Parameters.AddWithValue("$" + (i + 1).ToString(CultureInfo.InvariantCulture), values[i]);
        }

        command.ExecuteNonQuery();
    }
}
