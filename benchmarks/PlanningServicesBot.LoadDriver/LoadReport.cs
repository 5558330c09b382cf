using System.Globalization;

namespace PlanningServicesBot.LoadDriver;

/// <summary>Prints results as a plain-text table and compares them with the targets (reported, never asserted).</summary>
public static class LoadReport
{
    public const double CeilingShareTarget = 0.35;
    public const double P99TargetMilliseconds = 10;
    public const double ResidentTargetMegabytes = 150;

    private static readonly CultureInfo Invariant = CultureInfo.InvariantCulture;

    public static void Line(string text) => Console.WriteLine(text);

    public static void Table(IEnumerable<LoadResult> results)
    {
        Line(string.Format(Invariant, "{0,-34} {1,8} {2,7} {3,9} {4,8} {5,8} {6,8} {7,8} {8,9} {9,9}  {10}",
            "scenario", "turns", "failed", "turns/s", "p50 ms", "p95 ms", "p99 ms", "max ms", "CPU µs/t", "driver µs", "server RSS"));
        foreach (var r in results)
        {
            Line(string.Format(Invariant, "{0,-34} {1,8} {2,7} {3,9:0} {4,8:0.00} {5,8:0.00} {6,8:0.00} {7,8:0.0} {8,9} {9,9}  {10}",
                r.Scenario, r.Turns, r.Failures, r.TurnsPerSecond, r.Latency.P50, r.Latency.P95, r.Latency.P99, r.Latency.Max,
                r.ServerCpuMicrosecondsPerTurn is { } cpu ? cpu.ToString("0", Invariant) : "n/a",
                r.DriverCpuMicrosecondsPerTurn is { } driverCpu ? driverCpu.ToString("0", Invariant) : "n/a",
                r.ServerMemory?.Describe() ?? "n/a"));
            foreach (var (step, latency) in r.LatencyByStep)
            {
                Line(string.Format(Invariant, "  {0,-32} {1,8} {2,7} {3,9} {4,8:0.00} {5,8:0.00} {6,8:0.00} {7,8:0.0}",
                    "step: " + step, string.Empty, string.Empty, string.Empty, latency.P50, latency.P95, latency.P99, latency.Max));
            }
        }
    }

    /// <summary>The bot against the mean of the ceiling's measurements (before and after it), and against the targets.</summary>
    public static void AgainstCeiling(LoadResult bot, IReadOnlyList<LoadResult> ceilings) => AgainstCeiling(bot, ceilings, targets: true);

    /// <summary>A reference point (not held to the targets) against the ceiling, e.g. the runtime's floor.</summary>
    public static void ReferenceAgainstCeiling(LoadResult reference, IReadOnlyList<LoadResult> ceilings) => AgainstCeiling(reference, ceilings, targets: false);

    private static void AgainstCeiling(LoadResult bot, IReadOnlyList<LoadResult> ceilings, bool targets)
    {
        var ceilingRate = ceilings.Average(c => c.TurnsPerSecond);
        var share = bot.TurnsPerSecond / ceilingRate;
        Line(targets
            ? string.Format(Invariant, "{0,-34} {1,5:0.0} % of the ceiling's requests/s (target ≥ {2:0} %): {3}",
                bot.Scenario, share * 100, CeilingShareTarget * 100, Verdict(share >= CeilingShareTarget))
            : string.Format(Invariant, "{0,-34} {1,5:0.0} % of the ceiling's requests/s", bot.Scenario, share * 100));
        Line(targets
            ? string.Format(Invariant, "{0,-34} p99 {1:0.00} ms (target ≤ {2:0} ms): {3}",
                bot.Scenario, bot.Latency.P99, P99TargetMilliseconds, Verdict(bot.Latency.P99 <= P99TargetMilliseconds))
            : string.Format(Invariant, "{0,-34} p99 {1:0.00} ms", bot.Scenario, bot.Latency.P99));
        var echoCpus = ceilings.Select(c => c.ServerCpuMicrosecondsPerTurn).OfType<double>().ToList();
        if (bot.ServerCpuMicrosecondsPerTurn is { } botCpu && echoCpus.Count > 0 && echoCpus.Average() is var echoCpu and > 0)
        {
            Line(string.Format(Invariant, "{0,-34} server CPU {1:0} µs per turn = {2:0.0}× the echo's {3:0} µs per request",
                bot.Scenario, botCpu, botCpu / echoCpu, echoCpu));
        }
    }

    /// <summary>The ceiling the shares are taken of: the mean of its measurements, and each of them.</summary>
    public static void Ceiling(IReadOnlyList<LoadResult> ceilings) =>
        Line(string.Format(Invariant, "ceiling: {0:0} requests/s, the mean of {1}",
            ceilings.Average(c => c.TurnsPerSecond),
            string.Join(" and ", ceilings.Select(c => string.Format(Invariant, "{0:0} ({1})", c.TurnsPerSecond, c.Scenario)))));

    public static void Resident(string what, ProcessMemory? memory)
    {
        if (memory is null)
        {
            Line($"{what}: RSS not available (no /proc on this system)");
            return;
        }

        var megabytes = memory.ResidentBytes / 1048576.0;
        Line(string.Format(Invariant, "{0}: {1} (target ≤ {2:0} MB): {3}",
            what, memory.Describe(), ResidentTargetMegabytes, Verdict(megabytes <= ResidentTargetMegabytes)));
    }

    /// <summary>The slow-turn warnings the bot logged (it says where each slow turn's time went), from the end of its output.</summary>
    public static void SlowTurns(ServerProcess bot)
    {
        var slow = bot.OutputTail.Split('\n').Select(line => line.Trim()).Where(line => line.StartsWith("Slow turn:", StringComparison.Ordinal)).ToList();
        Line($"slow turns the bot logged (among its last output lines): {slow.Count}");
        foreach (var line in slow.TakeLast(10))
        {
            Line("  " + line);
        }
    }

    public static void Failures(IEnumerable<LoadResult> results)
    {
        foreach (var result in results.Where(r => r.Failures > 0))
        {
            Line($"{result.Scenario}: {result.Failures} failed turns, first ones:");
            foreach (var failure in result.FirstFailures)
            {
                Line($"  {failure}");
            }
        }
    }

    private static string Verdict(bool met) => met ? "met" : "MISSED";
}
