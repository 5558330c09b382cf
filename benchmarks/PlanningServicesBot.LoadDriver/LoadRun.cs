using System.Collections.Concurrent;
using System.Diagnostics;

namespace PlanningServicesBot.LoadDriver;

/// <summary>
/// Runs conversations of a fixed number of turns, <see cref="Concurrency"/> at a time, each turn after the previous
/// one's answer, and times every turn. A conversation stops at its first failed turn, since later turns build on it.
/// </summary>
public sealed class LoadRun(int concurrency, int conversations, int turnsPerConversation)
{
    private const int KeptFailures = 5;

    public int Concurrency { get; } = concurrency;

    /// <summary>
    /// <paramref name="play"/> plays turn (conversation, turn) and returns null on success or what went wrong;
    /// <paramref name="step"/> names what a turn does, for latencies per step.
    /// </summary>
    public async Task<LoadResult> RunAsync(
        string scenario,
        Func<int, int, Task<string?>> play,
        ServerProcess? server,
        Func<int, string>? step = null,
        Action<int>? conversationsDone = null)
    {
        var next = -1;
        var done = 0;
        long failures = 0;
        var firstFailures = new ConcurrentQueue<string>();
        var latencies = new ConcurrentBag<List<(int Turn, double Milliseconds)>>();
        var cpuBefore = server is null ? null : ProcessCpu.Of(server.ProcessId);
        var driverCpuBefore = ProcessCpu.Of(Environment.ProcessId);
        var clock = Stopwatch.StartNew();

        async Task WorkAsync()
        {
            var mine = new List<(int Turn, double Milliseconds)>();
            latencies.Add(mine);
            int conversation;
            while ((conversation = Interlocked.Increment(ref next)) < conversations)
            {
                for (var turn = 0; turn < turnsPerConversation; turn++)
                {
                    var started = Stopwatch.GetTimestamp();
                    var failure = await play(conversation, turn);
                    if (failure is not null)
                    {
                        Interlocked.Increment(ref failures);
                        if (firstFailures.Count < KeptFailures)
                        {
                            firstFailures.Enqueue($"conversation {conversation}, {failure}");
                        }

                        break;
                    }

                    mine.Add((turn, Stopwatch.GetElapsedTime(started).TotalMilliseconds));
                }

                conversationsDone?.Invoke(Interlocked.Increment(ref done));
            }
        }

        await Task.WhenAll(Enumerable.Range(0, Concurrency).Select(_ => Task.Run(WorkAsync)));
        clock.Stop();
        var cpuUsed = server is not null && cpuBefore is { } before && ProcessCpu.Of(server.ProcessId) is { } after ? after - before : (TimeSpan?)null;
        var driverCpuUsed = driverCpuBefore is { } driverBefore && ProcessCpu.Of(Environment.ProcessId) is { } driverAfter ? driverAfter - driverBefore : (TimeSpan?)null;

        var all = latencies.SelectMany(l => l).ToList();
        var byStep = step is null
            ? new Dictionary<string, LatencySummary>()
            : all.GroupBy(l => step(l.Turn)).ToDictionary(g => g.Key, g => LatencySummary.Of(g.Select(l => l.Milliseconds).ToList()));
        return new LoadResult(
            scenario, all.Count, failures, [.. firstFailures], clock.Elapsed,
            LatencySummary.Of(all.Select(l => l.Milliseconds).ToList()), byStep, server?.Memory, cpuUsed, driverCpuUsed);
    }
}
