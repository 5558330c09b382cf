using System.Diagnostics;
using System.Globalization;
using System.Runtime.InteropServices;
using NodaTime;
using PlanningServicesBot.Data.Sqlite;
using PlanningServicesBot.Data.Sqlite.Migrations;
using PlanningServicesBot.Data.VoucherFiles;
using PlanningServicesBot.Domain.Calendar;
using PlanningServicesBot.Domain.Catalogue;
using PlanningServicesBot.Domain.Customers;
using PlanningServicesBot.Domain.Deadlines;
using PlanningServicesBot.Domain.Vouchers;

namespace PlanningServicesBot.Benchmarks;

/// <summary>
/// The 1M-voucher figures, timed with a stopwatch, each next to a baseline measured in the same run on the same data:
/// lookup by number vs a bare <c>SELECT 1</c> round trip; the "due in the next 7 days" scan vs reading the same rows raw;
/// import of a 1M-row file vs raw inserts of the same rows without validation.
/// </summary>
public sealed class ScaleRun(string folder, long voucherCount, int lookupCount, TextWriter output)
{
    private static readonly ProgramCalendar Calendar = ProgramCalendar.Default;
    private static readonly ProgramCatalogue Catalogue = ProgramCatalogue.Default;
    private static readonly LocalDate Today = new(2021, 5, 3);
    private const int ScanRuns = 7;
    private const int ImportCustomers = 10_000;

    public async Task RunAsync()
    {
        output.WriteLine($"Starting on {Environment.ProcessorCount} cores, {LoadAverage()}.");
        var connections = ScaleDatabase.Ensure(folder, voucherCount, output);
        var figures = new List<Figure>();
        figures.AddRange(await LookupsAsync(connections));
        figures.Add(await ScanAsync(connections));
        figures.Add(await ImportAsync());
        Print(figures, new FileInfo(connections.DataSource).Length);
    }

    private async Task<Figure[]> LookupsAsync(SqliteConnectionFactory connections)
    {
        var all = ScaleDatabase.Numbers(connections);
        var random = new Random(42);
        var sample = Enumerable.Range(0, lookupCount).Select(_ => new VoucherNumber(all[random.Next(all.Length)])).ToArray();
        var repository = new SqliteVoucherRepository(connections);
        for (var i = 0; i < Math.Min(5_000, lookupCount); i++)
        {
            SelectOne(connections);
            await repository.FindAsync(sample[i], default);
        }

        // Interleaved, so that both see the same machine load.
        var lookups = new Latencies(lookupCount);
        var baseline = new Latencies(lookupCount);
        for (var i = 0; i < lookupCount; i++)
        {
            var start = Stopwatch.GetTimestamp();
            SelectOne(connections);
            baseline.Add(start);

            start = Stopwatch.GetTimestamp();
            _ = await repository.FindAsync(sample[i], default) ?? throw new InvalidOperationException($"{sample[i]} not found");
            lookups.Add(start);
        }

        output.WriteLine($"Lookups: {lookupCount:N0} random numbers; mean {lookups.Mean:N3} ms (SELECT 1: {baseline.Mean:N3} ms).");
        return
        [
            new Figure("Voucher lookup by number, p50", lookups.Percentile(50), "SELECT 1 round trip, p50", baseline.Percentile(50), "ms", true, null),
            new Figure("Voucher lookup by number, p99", lookups.Percentile(99), "SELECT 1 round trip, p99", baseline.Percentile(99), "ms", true, 1),
        ];
    }

    private static void SelectOne(SqliteConnectionFactory connections)
    {
        using var connection = connections.Open();
        using var command = connection.CreateCommand();
        command.CommandText = "SELECT 1";
        command.ExecuteScalar();
    }

    private async Task<Figure> ScanAsync(SqliteConnectionFactory connections)
    {
        var repository = new SqliteVoucherRepository(connections);
        var deadlines = new DeadlineCalendar(Calendar);
        var now = Calendar.StartOf(Today) + Duration.FromHours(9);
        var scans = new List<double>();
        var raws = new List<double>();
        var found = 0;
        for (var run = 0; run <= ScanRuns; run++)
        {
            var start = Stopwatch.GetTimestamp();
            var due = await repository.ListDueBetweenAsync(Today, Today.PlusDays(6), default);
            var upcoming = due.Sum(v => deadlines.For(v, now).Count(d => !d.HasPassed));
            var scan = Stopwatch.GetElapsedTime(start).TotalMilliseconds;

            start = Stopwatch.GetTimestamp();
            var rawRows = ReadDueRaw(connections);
            var raw = Stopwatch.GetElapsedTime(start).TotalMilliseconds;
            if (rawRows != due.Count || upcoming < due.Count)
            {
                throw new InvalidOperationException($"The scan found {due.Count} vouchers ({upcoming} deadlines), the raw read {rawRows}.");
            }

            // The first run warms the page cache and the JIT.
            if (run > 0)
            {
                scans.Add(scan);
                raws.Add(raw);
                found = due.Count;
            }
        }

        output.WriteLine($"Scan: {found:N0} vouchers due {Today:yyyy-MM-dd}..{Today.PlusDays(6):yyyy-MM-dd} of {voucherCount:N0}; median of {ScanRuns} runs.");
        return new Figure($"Deadlines due in the next 7 days ({found:N0} vouchers, with their deadlines)", Median(scans),
            "raw read of the same rows (no mapping)", Median(raws), "ms", true, 1000);
    }

    private static int ReadDueRaw(SqliteConnectionFactory connections)
    {
        using var connection = connections.Open();
        using var command = connection.CreateCommand();
        command.CommandText = "SELECT * FROM vouchers WHERE due_on BETWEEN $from AND $to ORDER BY due_on, number";
        command.Parameters.AddWithValue("$from", Today.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture));
        command.Parameters.AddWithValue("$to", Today.PlusDays(6).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture));
        using var reader = command.ExecuteReader();
        var values = new object[reader.FieldCount];
        var rows = 0;
        while (reader.Read())
        {
            reader.GetValues(values);
            rows++;
        }

        return rows;
    }

    private async Task<Figure> ImportAsync()
    {
        var csv = Path.Combine(folder, string.Create(CultureInfo.InvariantCulture, $"import-{voucherCount}.csv"));
        WriteImportFile(csv);

        var importDatabase = await FreshDatabaseWithCustomersAsync("import-target.db");
        var clock = new FixedClock(Calendar.StartOf(Calendar.LastAssignmentDay.PlusDays(1)));
        var import = new VoucherImport(importDatabase, Calendar, Catalogue, clock);
        var start = Stopwatch.GetTimestamp();
        VoucherImportResult result;
        using (var reader = new StreamReader(csv))
        {
            result = import.Import(reader);
        }

        var importSeconds = Stopwatch.GetElapsedTime(start).TotalSeconds;
        if (!result.Succeeded || result.ImportedCount != voucherCount)
        {
            throw new InvalidOperationException($"The import failed: {string.Join("; ", result.Problems.Take(5))}");
        }

        var rawDatabase = await FreshDatabaseWithCustomersAsync("import-raw.db");
        start = Stopwatch.GetTimestamp();
        var rawRows = RawInsert(rawDatabase, csv);
        var rawSeconds = Stopwatch.GetElapsedTime(start).TotalSeconds;

        output.WriteLine($"Import: {voucherCount:N0} rows in {importSeconds:N1} s (checked by the issuance rule, audited, debited); raw inserts {rawRows:N0} rows in {rawSeconds:N1} s.");
        return new Figure($"Import of a {voucherCount:N0}-row CSV (all-or-nothing, validated, audited)", voucherCount / importSeconds,
            "raw inserts of the same rows, no validation", rawRows / rawSeconds, "rows/s", false, 50_000);
    }

    /// <summary>A VLSC-style file of valid, distinct vouchers for <see cref="ImportCustomers"/> customers, assigned in the last year of assignments.</summary>
    private void WriteImportFile(string path)
    {
        var firstDay = Calendar.LastAssignmentDay.PlusDays(-364);
        using var writer = new StreamWriter(path);
        writer.Write(string.Join(",", VoucherCsvColumns.Written) + "\n");
        for (long i = 0; i < voucherCount; i++)
        {
            var customer = i % ImportCustomers;
            var created = firstDay.PlusDays((int)(i % 360));
            writer.Write(string.Create(CultureInfo.InvariantCulture,
                $"{Number(i)},{Agreement(customer)},{Catalogue.Offerings[(int)(i % Catalogue.Offerings.Count)].Acronym},{Calendar.AllowedLengths[(int)(i / 7 % Calendar.AllowedLengths.Count)]},"
                + $"{created:yyyy-MM-dd},{created.PlusDays((int)(i % 5)):yyyy-MM-dd},{AdminEmail(customer)},Project Manager {i % 97}\n"));
        }
    }

    private async Task<SqliteConnectionFactory> FreshDatabaseWithCustomersAsync(string name)
    {
        var path = Path.Combine(folder, name);
        new SqliteConnectionFactory($"Data Source={path}").ReleasePooledConnections();
        ScaleDatabase.Delete(path);
        var connections = new SqliteConnectionFactory($"Data Source={path}");
        new SqliteMigrator(connections, SystemClock.Instance).Migrate();
        var customers = new SqliteCustomerRepository(connections);
        var balance = (int)((voucherCount / ImportCustomers + 1) * Calendar.AllowedLengths.Max());
        for (var c = 0; c < ImportCustomers; c++)
        {
            await customers.AddAsync(new Customer(Agreement(c), $"Benchmark Customer {c}", "DE", true, AdminEmail(c), balance), default);
        }

        return connections;
    }

    private static long RawInsert(SqliteConnectionFactory connections, string csv)
    {
        using var connection = connections.Open();
        using var transaction = connection.BeginTransaction();
        using var insert = connection.CreateCommand();
        insert.Transaction = transaction;
        insert.CommandText =
            "INSERT INTO vouchers (number, agreement_number, offering, days, created_on, assigned_on, project_manager, state, version) " +
            "VALUES ($number, $agreement, $offering, $days, $created, $assigned, $pm, 'Assigned', 1)";
        var parameters = new[] { "$number", "$agreement", "$offering", "$days", "$created", "$assigned", "$pm" }
            .Select(name => insert.Parameters.Add(new Microsoft.Data.Sqlite.SqliteParameter(name, ""))).ToArray();
        insert.Prepare();
        long rows = 0;
        foreach (var line in File.ReadLines(csv).Skip(1))
        {
            var fields = line.Split(',');
            parameters[0].Value = fields[0];
            parameters[1].Value = fields[1];
            parameters[2].Value = fields[2];
            parameters[3].Value = long.Parse(fields[3], CultureInfo.InvariantCulture);
            parameters[4].Value = fields[4];
            parameters[5].Value = fields[5];
            parameters[6].Value = fields[7];
            rows += insert.ExecuteNonQuery();
        }

        transaction.Commit();
        return rows;
    }

    private void Print(IReadOnlyList<Figure> figures, long databaseBytes)
    {
        output.WriteLine();
        output.WriteLine($"{RuntimeInformation.FrameworkDescription}, {RuntimeInformation.OSDescription}, {Environment.ProcessorCount} cores; " +
            $"{voucherCount:N0} vouchers, database {databaseBytes / 1024.0 / 1024.0:N0} MB; {LoadAverage()}");
        output.WriteLine();
        output.WriteLine("| Measure | Figure | Baseline (same run) | Baseline figure | Ratio | Target | Met |");
        output.WriteLine("|---|---:|---|---:|---:|---|---|");
        foreach (var f in figures)
        {
            var target = f.Target is { } t ? $"{(f.LowerIsBetter ? "≤" : "≥")} {Format(t, f.Unit)}" : "";
            var met = f.MeetsTarget switch { true => "yes", false => "**no**", null => "" };
            output.WriteLine($"| {f.Measure} | {Format(f.Value, f.Unit)} | {f.Baseline} | {Format(f.BaselineValue, f.Unit)} | {f.Ratio:N2}× | {target} | {met} |");
        }
    }

    // The machine may be shared: the load average says how much the figures were disturbed.
    private static string LoadAverage() =>
        File.Exists("/proc/loadavg") ? "load average " + string.Join(" ", File.ReadAllText("/proc/loadavg").Split(' ').Take(3)) : "load average unknown";

    private static string Format(double value, string unit) =>
        unit == "ms" ? string.Create(CultureInfo.InvariantCulture, $"{value:0.000} ms") : string.Create(CultureInfo.InvariantCulture, $"{value:N0} {unit}");

    private static double Median(List<double> values) => values.Order().ElementAt(values.Count / 2);

    private static string Agreement(long customer) => string.Create(CultureInfo.InvariantCulture, $"B{customer:D6}");

    private static string AdminEmail(long customer) => string.Create(CultureInfo.InvariantCulture, $"admin@customer{customer}.benchmark.example");

    /// <summary>Distinct numbers in the default format: the index in base 36, spread by a multiplier coprime with 36¹².</summary>
    private static string Number(long index)
    {
        const string alphabet = "0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZ";
        var space = (UInt128)4738381338321616896; // 36^12
        var value = (UInt128)(ulong)index * 6364136223846793007UL % space;
        Span<char> text = stackalloc char[14];
        for (var i = 13; i >= 0; i--)
        {
            if (i is 4 or 9)
            {
                text[i] = '-';
                continue;
            }

            text[i] = alphabet[(int)(value % 36)];
            value /= 36;
        }

        return new string(text);
    }

    private sealed class FixedClock(Instant now) : IClock
    {
        public Instant GetCurrentInstant() => now;
    }
}
