using System.CommandLine;

namespace PlanningServicesBot.LoadDriver;

/// <summary>
/// dotnet run -c Release --project benchmarks/PlanningServicesBot.LoadDriver [-- -k 64 -m 150]
/// dotnet run -c Release --project benchmarks/PlanningServicesBot.LoadDriver -- memory [-n 100000]
/// dotnet run -c Release --project benchmarks/PlanningServicesBot.LoadDriver -- in-process [--allocations]
/// </summary>
public static class Program
{
    public static async Task<int> Main(string[] args)
    {
        if (args is [EchoServer.Command, .. var serverArgs])
        {
            await EchoServer.RunAsync(serverArgs);
            return 0;
        }

        if (args is [FloorServer.Command, .. var floorArgs])
        {
            await FloorServer.RunAsync(floorArgs);
            return 0;
        }

        var concurrency = new Option<int>("--concurrency", "-k") { Description = "Conversations running at once", DefaultValueFactory = _ => 64 };
        var turns = new Option<int>("--turns", "-m") { Description = "Measured turns per conversation (3 per status journey)", DefaultValueFactory = _ => 600 };
        var warmupTurns = new Option<int>("--warmup-turns") { Description = "Unmeasured turns per conversation first, in each delivery (the JIT needs thousands)", DefaultValueFactory = _ => 450 };
        var botEnvironment = new Option<string[]>("--bot-env")
        {
            Description = "NAME=VALUE environment variable for the bot and the echo (repeatable), e.g. DOTNET_gcServer=0",
            Recursive = true,
            DefaultValueFactory = _ => [],
        };
        var root = new RootCommand("Load driver for the bot's /api/messages: the customer status journey against a bare ASP.NET Core echo as the ceiling.")
        {
            concurrency, turns, warmupTurns, botEnvironment,
        };
        ChildServers Servers(ParseResult result) => new(DriverEnvironment.ParseVariables(result.GetValue(botEnvironment) ?? []));
        root.SetAction((result, _) => ThroughputBenchmark.RunAsync(Servers(result), result.GetValue(concurrency), result.GetValue(turns), result.GetValue(warmupTurns)));

        var conversations = new Option<int>("--conversations", "-n") { Description = "Short conversations to run", DefaultValueFactory = _ => 100_000 };
        var memoryConcurrency = new Option<int>("--concurrency", "-k") { Description = "Conversations running at once", DefaultValueFactory = _ => 64 };
        var delivery = new Option<Delivery>("--delivery") { Description = "ExpectReplies or ServiceUrl", DefaultValueFactory = _ => Delivery.ExpectReplies };
        var memory = new Command("memory", "The bot's RSS after many short conversations (one status journey each).")
        {
            conversations, memoryConcurrency, delivery,
        };
        memory.SetAction((result, _) => ConversationsMemoryBenchmark.RunAsync(Servers(result), result.GetValue(conversations), result.GetValue(memoryConcurrency), result.GetValue(delivery)));
        root.Add(memory);

        var inProcessTurns = new Option<int>("--turns", "-m") { Description = "Measured turns per conversation per round", DefaultValueFactory = _ => 600 };
        var inProcessWarmup = new Option<int>("--warmup-turns") { Description = "Unmeasured turns per conversation first (in process the figures settle only after about 2,000)", DefaultValueFactory = _ => 2400 };
        var inProcessConcurrency = new Option<int>("--concurrency", "-k") { Description = "Conversations running at once", DefaultValueFactory = _ => 64 };
        var rounds = new Option<int>("--rounds") { Description = "Measured rounds", DefaultValueFactory = _ => 3 };
        var allocations = new Option<bool>("--allocations") { Description = "Afterwards, sample what a round allocates, by type" };
        var inProcess = new Command("in-process", "The journey against the bot host in this process (TestServer): CPU per turn without sockets or a second process, the steady figure for comparing changes to the bot's code.")
        {
            inProcessConcurrency, inProcessTurns, inProcessWarmup, rounds, allocations,
        };
        inProcess.SetAction((result, _) => InProcessBenchmark.RunAsync(
            result.GetValue(inProcessConcurrency), result.GetValue(inProcessTurns), result.GetValue(inProcessWarmup), result.GetValue(rounds), result.GetValue(allocations)));
        root.Add(inProcess);

        return await root.Parse(args).InvokeAsync();
    }
}
