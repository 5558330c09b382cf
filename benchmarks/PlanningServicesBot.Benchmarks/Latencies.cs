using System.Diagnostics;

namespace PlanningServicesBot.Benchmarks;

/// <summary>Per-operation latencies in milliseconds, with their percentiles.</summary>
public sealed class Latencies(int capacity)
{
    private readonly double[] values = new double[capacity];
    private int count;

    public void Add(long startTimestamp) => values[count++] = Stopwatch.GetElapsedTime(startTimestamp).TotalMilliseconds;

    public double Percentile(double p)
    {
        var sorted = values.AsSpan(0, count).ToArray();
        Array.Sort(sorted);
        return sorted[Math.Clamp((int)Math.Ceiling(p / 100 * count) - 1, 0, count - 1)];
    }

    public double Mean => values.AsSpan(0, count).ToArray().Average();
}
