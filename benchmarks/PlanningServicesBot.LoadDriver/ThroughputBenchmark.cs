using System.Net.Http.Headers;
using System.Text.Json;
using BotRuntime.Schema;
using PlanningServicesBot.Data.Demo;

namespace PlanningServicesBot.LoadDriver;

/// <summary>
/// K concurrent conversations × M turns of the status journey, in expectReplies and in serviceUrl delivery,
/// against the bare echo endpoint's requests/s as the ceiling.
/// </summary>
public static class ThroughputBenchmark
{
    private static readonly Delivery[] Deliveries = [Delivery.ExpectReplies, Delivery.ServiceUrl];

    public static async Task<int> RunAsync(ChildServers servers, int concurrency, int turns, int warmupTurns)
    {
        LoadReport.Line($"Status journey load: {concurrency} concurrent conversations × {turns} turns (warm-up {warmupTurns} turns each)");
        LoadReport.Line(DriverEnvironment.Describe(servers));
        using var http = DriverEnvironment.CreateHttpClient();
        var measured = new LoadRun(concurrency, concurrency, turns);
        var warmup = new LoadRun(concurrency, concurrency, warmupTurns);
        var results = new List<LoadResult>();

        // The ceiling is measured before the bot and again after it, and the bot is compared with their mean: this
        // machine's speed drifts over a minute, so a ceiling taken on one side of the bot moves the share with the drift.
        var before = await MeasureCeilingAsync(servers, http, concurrency, turns, warmupTurns, "before the bot");
        results.AddRange(before);
        var dataFolder = DriverEnvironment.NewDataFolder();
        try
        {
            await using var connector = await ConnectorEndpoint.StartAsync();
            var (floorWarmups, floor) = await MeasureFloorAsync(servers, http, connector, dataFolder, concurrency, turns, warmupTurns);
            results.AddRange(floorWarmups);
            results.AddRange(floor);
            if (floorWarmups.Concat(floor).Any(f => f.Failures > 0))
            {
                LoadReport.Failures([.. floorWarmups, .. floor]);
                return 1;
            }

            await using var bot = await servers.StartBotAsync(dataFolder);
            var sender = new BotTurnSender(http, new Uri(bot.BaseAddress, "/api/messages"), connector, new StatusJourney(DemoVouchers.StatusCheck));
            LoadReport.Line($"bot started, pid {bot.ProcessId}, RSS {bot.Memory?.Describe() ?? "n/a"}");

            // Both deliveries share the bot's code paths, so both are warmed before either is measured.
            foreach (var delivery in Deliveries)
            {
                var warm = await warmup.RunAsync($"bot warm-up, {delivery}", JourneyTurn(sender, delivery, "warmup"), bot);
                results.Add(warm);
                if (warm.Failures > 0)
                {
                    LoadReport.Failures([warm]);
                    LoadReport.Line($"The journey fails, so nothing was measured. Last lines of the bot's output:\n{bot.OutputTail}");
                    return 1;
                }
            }

            var botResults = new List<LoadResult>();
            foreach (var delivery in Deliveries)
            {
                var result = await measured.RunAsync($"bot, {delivery}", JourneyTurn(sender, delivery, "load"), bot, StatusJourney.Step);
                results.Add(result);
                botResults.Add(result);
            }

            var after = await MeasureCeilingAsync(servers, http, concurrency, turns, warmupTurns, "after the bot");
            results.AddRange(after);
            LoadResult[] ceilings = [before[^1], after[^1]];

            LoadReport.Line(string.Empty);
            LoadReport.Table(results);
            LoadReport.Line(string.Empty);
            LoadReport.Ceiling(ceilings);
            foreach (var reference in floor)
            {
                LoadReport.ReferenceAgainstCeiling(reference, ceilings);
            }
            foreach (var result in botResults)
            {
                LoadReport.AgainstCeiling(result, ceilings);
            }

            LoadReport.Line($"replies POSTed to the Connector that no turn waited for: {connector.Strays}");
            LoadReport.SlowTurns(bot);
            LoadReport.Failures(results);
            if (results.Any(r => r.Failures > 0))
            {
                LoadReport.Line($"Last lines of the bot's output:\n{bot.OutputTail}");
                return 1;
            }

            return connector.Strays == 0 ? 0 : 1;
        }
        finally
        {
            DriverEnvironment.DeleteDataFolder(dataFolder);
        }
    }

    /// <summary>
    /// The echo in a fresh process, warmed with as many requests as the bot's two warm-ups together and measured over
    /// three times the bot's turns: it answers several times faster, and over one second (the old window) its rate swung
    /// between 25k and 46k requests/s, still rising with the JIT.
    /// </summary>
    /// <returns>The warm-up, then the measurement.</returns>
    private static async Task<LoadResult[]> MeasureCeilingAsync(ChildServers servers, HttpClient http, int concurrency, int turns, int warmupTurns, string when)
    {
        await using var echo = await servers.StartEchoAsync();
        var play = EchoTurn(http, new Uri(echo.BaseAddress, "/api/messages"));
        var warm = await new LoadRun(concurrency, concurrency, 2 * warmupTurns).RunAsync($"ceiling warm-up, {when}", play, echo);
        var measured = await new LoadRun(concurrency, concurrency, 3 * turns).RunAsync($"ceiling, {when}", play, echo);
        return [warm, measured];
    }

    /// <summary>
    /// The runtime's floor (<see cref="FloorServer"/>): the journey's texts said back by a bot with no dialogs, cards or
    /// middleware, its state written to SQLite every turn; in both deliveries, warmed and measured like the bot.
    /// </summary>
    /// <returns>The warm-ups and the measurements, each expectReplies then serviceUrl.</returns>
    private static async Task<(List<LoadResult> Warmups, List<LoadResult> Measured)> MeasureFloorAsync(
        ChildServers servers, HttpClient http, ConnectorEndpoint connector, string dataFolder, int concurrency, int turns, int warmupTurns)
    {
        await using var floor = await servers.StartFloorAsync(dataFolder);
        var sender = new BotTurnSender(http, new Uri(floor.BaseAddress, "/api/messages"), connector, new SayBackScript(new StatusJourney(DemoVouchers.StatusCheck)));
        var warmups = new List<LoadResult>();
        foreach (var delivery in Deliveries)
        {
            warmups.Add(await new LoadRun(concurrency, concurrency, warmupTurns).RunAsync($"runtime floor warm-up, {delivery}", JourneyTurn(sender, delivery, "floor-warmup"), floor));
        }

        var measured = new List<LoadResult>();
        foreach (var delivery in Deliveries)
        {
            measured.Add(await new LoadRun(concurrency, concurrency, turns).RunAsync($"runtime floor, {delivery}", JourneyTurn(sender, delivery, "floor"), floor));
        }

        return (warmups, measured);
    }

    internal static Func<int, int, Task<string?>> JourneyTurn(BotTurnSender sender, Delivery delivery, string phase) =>
        (conversation, turn) => sender.SendAsync(delivery, $"{phase}-{delivery}-{conversation}", $"customer-{phase}-{delivery}-{conversation}", turn);

    private static Func<int, int, Task<string?>> EchoTurn(HttpClient http, Uri endpoint)
    {
        // The same JSON a journey turn sends.
        var payload = JsonSerializer.SerializeToUtf8Bytes(
            BotTurnSender.UserMessage(Delivery.ExpectReplies, "http://127.0.0.1:9", "ceiling-conversation", "customer-ceiling", "check a voucher", 0),
            BotJson.Options);
        var contentType = new MediaTypeHeaderValue("application/json") { CharSet = "utf-8" };
        return async (_, _) =>
        {
            using var content = new ByteArrayContent(payload);
            content.Headers.ContentType = contentType;
            using var response = await http.PostAsync(endpoint, content);
            var echoed = await response.Content.ReadAsByteArrayAsync();
            return response.IsSuccessStatusCode && echoed.AsSpan().SequenceEqual(payload)
                ? null
                : $"echo answered HTTP {(int)response.StatusCode} with {echoed.Length} bytes for {payload.Length}";
        };
    }
}
