using PlanningServicesBot.Data.Demo;

namespace PlanningServicesBot.LoadDriver;

/// <summary>Many short conversations (one status journey each) to see what the bot's memory does as they pile up.</summary>
public static class ConversationsMemoryBenchmark
{
    private const int ProgressEvery = 10_000;

    public static async Task<int> RunAsync(ChildServers servers, int conversations, int concurrency, Delivery delivery)
    {
        LoadReport.Line($"Memory after conversations: {conversations} conversations of one status journey ({StatusJourney.TurnsPerJourney} turns), {concurrency} at a time, {delivery}");
        LoadReport.Line(DriverEnvironment.Describe(servers));
        using var http = DriverEnvironment.CreateHttpClient();
        var dataFolder = DriverEnvironment.NewDataFolder();
        try
        {
            await using var bot = await servers.StartBotAsync(dataFolder);
            await using var connector = await ConnectorEndpoint.StartAsync();
            var sender = new BotTurnSender(http, new Uri(bot.BaseAddress, "/api/messages"), connector, new StatusJourney(DemoVouchers.StatusCheck));
            LoadReport.Line($"bot started, pid {bot.ProcessId}, RSS {bot.Memory?.Describe() ?? "n/a"}");

            var probe = await new LoadRun(1, 1, StatusJourney.TurnsPerJourney).RunAsync("probe", ThroughputBenchmark.JourneyTurn(sender, delivery, "probe"), bot);
            if (probe.Failures > 0)
            {
                LoadReport.Failures([probe]);
                LoadReport.Line($"The journey fails, so nothing was measured. Last lines of the bot's output:\n{bot.OutputTail}");
                return 1;
            }

            var started = DateTime.UtcNow;
            var run = new LoadRun(concurrency, conversations, StatusJourney.TurnsPerJourney);
            var result = await run.RunAsync(
                $"bot, {conversations} conversations, {delivery}",
                ThroughputBenchmark.JourneyTurn(sender, delivery, "short"),
                bot,
                StatusJourney.Step,
                done =>
                {
                    if (done % ProgressEvery == 0)
                    {
                        var rate = done * StatusJourney.TurnsPerJourney / (DateTime.UtcNow - started).TotalSeconds;
                        LoadReport.Line($"  {done,7} conversations, {rate,6:0} turns/s, bot RSS {bot.Memory?.Describe() ?? "n/a"}");
                    }
                });

            LoadReport.Line(string.Empty);
            LoadReport.Table([result]);
            LoadReport.Resident($"bot RSS after {conversations} conversations", result.ServerMemory);
            LoadReport.Line($"replies POSTed to the Connector that no turn waited for: {connector.Strays}");
            LoadReport.SlowTurns(bot);
            LoadReport.Failures([result]);
            if (result.Failures > 0)
            {
                LoadReport.Line($"Last lines of the bot's output:\n{bot.OutputTail}");
            }

            return result.Failures == 0 && connector.Strays == 0 ? 0 : 1;
        }
        finally
        {
            DriverEnvironment.DeleteDataFolder(dataFolder);
        }
    }
}
