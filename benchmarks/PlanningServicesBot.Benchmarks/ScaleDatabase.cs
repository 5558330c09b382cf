using System.Diagnostics;
using System.Globalization;
using NodaTime;
using PlanningServicesBot.Data.Sqlite;
using PlanningServicesBot.Data.Sqlite.Migrations;
using PlanningServicesBot.Data.VoucherFiles;
using PlanningServicesBot.Domain.Calendar;
using PlanningServicesBot.Domain.Catalogue;

namespace PlanningServicesBot.Benchmarks;

/// <summary>A database filled by the Data layer's scale seed, built once and reused by later runs.</summary>
public static class ScaleDatabase
{
    public static string DefaultFolder { get; } = Path.Combine(Path.GetTempPath(), "planning-services-benchmarks");

    public static SqliteConnectionFactory Ensure(string folder, long vouchers, TextWriter log)
    {
        Directory.CreateDirectory(folder);
        var path = Path.Combine(folder, string.Create(CultureInfo.InvariantCulture, $"scale-{vouchers}.db"));
        var connections = new SqliteConnectionFactory($"Data Source={path}");
        if (File.Exists(path) && Count(connections, "SELECT COUNT(*) FROM vouchers") >= vouchers)
        {
            log.WriteLine($"Reusing {path} ({vouchers:N0} vouchers).");
            return connections;
        }

        connections.ReleasePooledConnections();
        Delete(path);
        log.WriteLine($"Seeding {vouchers:N0} vouchers into {path}...");
        connections = new SqliteConnectionFactory($"Data Source={path}");
        new SqliteMigrator(connections, SystemClock.Instance).Migrate();
        var watch = Stopwatch.StartNew();
        var written = new VoucherScaleSeed(connections, ProgramCalendar.Default, ProgramCatalogue.Default)
            .Write(vouchers, seed: 1);
        log.WriteLine($"Seeded {written:N0} vouchers into {path} in {watch.Elapsed.TotalSeconds:N1} s ({written / watch.Elapsed.TotalSeconds:N0} rows/s).");
        return connections;
    }

    public static void Delete(string path)
    {
        foreach (var file in new[] { path, path + "-wal", path + "-shm" })
        {
            File.Delete(file);
        }
    }

    public static long Count(SqliteConnectionFactory connections, string sql)
    {
        using var connection = connections.Open();
        using var command = connection.CreateCommand();
        command.CommandText = sql;
        return Convert.ToInt64(command.ExecuteScalar(), CultureInfo.InvariantCulture);
    }

    public static string[] Numbers(SqliteConnectionFactory connections)
    {
        using var connection = connections.Open();
        using var command = connection.CreateCommand();
        command.CommandText = "SELECT number FROM vouchers";
        using var reader = command.ExecuteReader();
        var numbers = new List<string>();
        while (reader.Read())
        {
            numbers.Add(reader.GetString(0));
        }

        return numbers.ToArray();
    }
}
