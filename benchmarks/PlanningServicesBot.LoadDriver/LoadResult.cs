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
    ProcessMemory? ServerMemory,
    TimeSpan? ServerCpu = null,
    TimeSpan? DriverCpu = null)
{
    public double TurnsPerSecond => Turns / Elapsed.TotalSeconds;

    /// <summary>The server's CPU time per turn in microseconds (user + system), when it could be read.</summary>
    public double? ServerCpuMicrosecondsPerTurn => PerTurn(ServerCpu);

    /// <summary>This driver's own CPU time per turn: it shares the machine, so what it spends the server cannot.</summary>
    public double? DriverCpuMicrosecondsPerTurn => PerTurn(DriverCpu);

    private double? PerTurn(TimeSpan? cpu) => cpu is { } used && Turns > 0 ? used.TotalMicroseconds / Turns : null;
}
