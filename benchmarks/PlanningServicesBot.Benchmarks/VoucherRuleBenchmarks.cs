using BenchmarkDotNet.Attributes;
using NodaTime;
using PlanningServicesBot.Domain.Calendar;
using PlanningServicesBot.Domain.Deadlines;
using PlanningServicesBot.Domain.Vouchers;

namespace PlanningServicesBot.Benchmarks;

/// <summary>The pure steps behind a lookup and a reminder: reading a typed voucher number, and a voucher's deadlines.</summary>
public class VoucherRuleBenchmarks
{
    private static readonly ProgramCalendar Calendar = ProgramCalendar.Default;
    private readonly VoucherNumberFormat format = new(Calendar.VoucherNumberPattern);
    private readonly DeadlineCalendar deadlines = new(Calendar);
    private readonly Instant now = Instant.FromUtc(2021, 5, 3, 9, 0);
    private readonly Voucher voucher = new(new VoucherNumber("7K2Q-XJ4M-0B9C"), "8100001", "SSDPS", 5,
        new LocalDate(2021, 3, 1), new LocalDate(2021, 3, 2), "Pat Projectmanager", VoucherState.Assigned, 1);

    [Benchmark(Baseline = true)]
    public VoucherNumber? ParseTypedNumber() => format.ParseOrNull(" 7k2q xj4m 0b9c ");

    [Benchmark]
    public IReadOnlyList<Deadline> DeadlinesOfAVoucher() => deadlines.For(voucher, now);
}
