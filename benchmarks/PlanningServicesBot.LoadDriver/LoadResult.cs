namespace PlanningServicesBot.LoadDriver;

/// <summary>What one measured scenario did: completed turns per second, their latencies, and the turns that failed.</summary>
public sealed record LoadResult(
    string Scenario,
    long Turns,
    long Failures,
    IReadOnlyList<string> FirstFailures,
    TimeSpan Elapsed,
    LatencySummary Latency,
    IReadOnlyDictionary<string, LatencySummary> LatencyByStep,
    ProcessMemory? ServerMemory)
{
    public double TurnsPerSecond => Turns / Elapsed.TotalSeconds;
}
