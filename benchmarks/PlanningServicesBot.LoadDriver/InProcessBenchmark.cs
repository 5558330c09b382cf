using System.Collections.Concurrent;
using System.Diagnostics.Tracing;
using System.Globalization;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using PlanningServicesBot.Data.Demo;

namespace PlanningServicesBot.LoadDriver;

/// <summary>
/// The status journey against the bot host in this process (ASP.NET Core's TestServer: no sockets, no second
/// process), with state in SQLite as in the load run. Its CPU per turn (bot and in-memory client together) moves by a
/// few per cent from run to run where the two-process load run moves by fifteen, so it is the figure to compare
/// changes to the bot's own code with; optionally it samples what the turns allocate, by type.
/// </summary>
public static class InProcessBenchmark
{
    public static async Task<int> RunAsync(int concurrency, int turns, int warmupTurns, int rounds, bool allocations)
    {
        LoadReport.Line($"Status journey in process (TestServer): {concurrency} concurrent conversations × {turns} turns, {rounds} rounds (warm-up {warmupTurns} turns each)");
        var dataFolder = DriverEnvironment.NewDataFolder();
        try
        {
            // The bot reads its cards and settings beside its assembly, which the project reference copies next to this one.
            Environment.SetEnvironmentVariable("ASPNETCORE_TEST_CONTENTROOT_PLANNINGSERVICESBOT", AppContext.BaseDirectory);
            await using var bot = new WebApplicationFactory<global::Program>().WithWebHostBuilder(builder =>
            {
                foreach (var (key, value) in ChildServers.BotSettings(dataFolder))
                {
                    builder.UseSetting(key, value);
                }
            });
            using var http = bot.CreateClient();
            await using var connector = await ConnectorEndpoint.StartAsync();
            var sender = new BotTurnSender(http, new Uri(http.BaseAddress!, "/api/messages"), connector, new StatusJourney(DemoVouchers.StatusCheck));
            var results = new List<LoadResult>();

            var warm = await new LoadRun(concurrency, concurrency, warmupTurns).RunAsync("warm-up", ThroughputBenchmark.JourneyTurn(sender, Delivery.ExpectReplies, "warmup"), null);
            results.Add(warm);
            var allocatedPerTurn = new List<double>();
            for (var round = 1; round <= rounds && warm.Failures == 0; round++)
            {
                var allocatedBefore = GC.GetTotalAllocatedBytes();
                var result = await new LoadRun(concurrency, concurrency, turns).RunAsync(
                    $"in process, round {round}", ThroughputBenchmark.JourneyTurn(sender, Delivery.ExpectReplies, $"round{round}"), null, StatusJourney.Step);
                allocatedPerTurn.Add((GC.GetTotalAllocatedBytes() - allocatedBefore) / (double)Math.Max(1, result.Turns));
                results.Add(result);
            }

            LoadReport.Line(string.Empty);
            LoadReport.Table(results);
            LoadReport.Line("(driver µs is this process's CPU per turn: the bot and its in-memory client together)");
            LoadReport.Line(string.Create(CultureInfo.InvariantCulture,
                $"allocated per turn, bot and in-memory client, by round: {string.Join(", ", allocatedPerTurn.Select(bytes => $"{bytes / 1024:0.0} KB"))}"));
            if (allocations && warm.Failures == 0)
            {
                using var listener = new AllocationSampler();
                var sampled = await new LoadRun(concurrency, concurrency, turns).RunAsync(
                    "allocations", ThroughputBenchmark.JourneyTurn(sender, Delivery.ExpectReplies, "allocations"), null);
                results.Add(sampled);
                listener.Report(sampled.Turns);
            }

            LoadReport.Failures(results);
            return results.Any(r => r.Failures > 0) ? 1 : 0;
        }
        finally
        {
            DriverEnvironment.DeleteDataFolder(dataFolder);
        }
    }

    /// <summary>
    /// The runtime's allocation ticks (one per ~100 KB allocated, naming the type that crossed the mark), summed by
    /// type: a sample, so small figures are rough, but the large ones show where a turn's garbage comes from.
    /// </summary>
    private sealed class AllocationSampler : EventListener
    {
        private const int Shown = 30;
        private readonly ConcurrentDictionary<string, long> bytesByType = new(StringComparer.Ordinal);

        public void Report(long turns)
        {
            var total = bytesByType.Values.Sum();
            LoadReport.Line(string.Create(CultureInfo.InvariantCulture, $"\nallocated per turn (sampled, bot and in-memory client): {total / (double)turns:0} B; by type:"));
            foreach (var (type, bytes) in bytesByType.OrderByDescending(entry => entry.Value).Take(Shown))
            {
                LoadReport.Line(string.Create(CultureInfo.InvariantCulture, $"{bytes / (double)turns,8:0} B  {type}"));
            }
        }

        protected override void OnEventSourceCreated(EventSource eventSource)
        {
            if (eventSource.Name == "Microsoft-Windows-DotNETRuntime")
            {
                const EventKeywords GarbageCollection = (EventKeywords)0x1;
                EnableEvents(eventSource, EventLevel.Verbose, GarbageCollection);
            }
        }

        protected override void OnEventWritten(EventWrittenEventArgs eventData)
        {
            if (eventData.EventName?.StartsWith("GCAllocationTick", StringComparison.Ordinal) != true || eventData.PayloadNames is not { } names)
            {
                return;
            }

            var type = names.IndexOf("TypeName") is var t and >= 0 ? eventData.Payload![t] as string ?? "?" : "?";
            var amount = names.IndexOf("AllocationAmount64") is var a and >= 0 ? Convert.ToInt64(eventData.Payload![a], CultureInfo.InvariantCulture) : 100_000;
            bytesByType.AddOrUpdate(type, amount, (_, sum) => sum + amount);
        }
    }
}
