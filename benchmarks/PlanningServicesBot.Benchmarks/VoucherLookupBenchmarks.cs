using BenchmarkDotNet.Attributes;
using PlanningServicesBot.Data.Sqlite;
using PlanningServicesBot.Domain.Vouchers;

namespace PlanningServicesBot.Benchmarks;

/// <summary>One voucher lookup by number on the 1M-voucher database, against a bare SELECT 1 round trip through the same connection factory.</summary>
public class VoucherLookupBenchmarks
{
    private SqliteConnectionFactory connections = null!;
    private SqliteVoucherRepository repository = null!;
    private VoucherNumber[] numbers = [];
    private int next;

    [GlobalSetup]
    public void Setup()
    {
        connections = ScaleDatabase.Ensure(ScaleDatabase.DefaultFolder, 1_000_000, Console.Out);
        repository = new SqliteVoucherRepository(connections);
        var all = ScaleDatabase.Numbers(connections);
        var random = new Random(7);
        numbers = Enumerable.Range(0, 4096).Select(_ => new VoucherNumber(all[random.Next(all.Length)])).ToArray();
    }

    [Benchmark(Baseline = true)]
    public object? SelectOne()
    {
        using var connection = connections.Open();
        using var command = connection.CreateCommand();
        command.CommandText = "SELECT 1";
        return command.ExecuteScalar();
    }

    [Benchmark]
    public Task<Voucher?> FindByNumber() => repository.FindAsync(numbers[next++ & 4095], default);
}
