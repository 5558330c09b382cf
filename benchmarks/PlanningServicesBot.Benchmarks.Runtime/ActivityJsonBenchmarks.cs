using System.Text.Json;
using BenchmarkDotNet.Attributes;
using BotRuntime.Schema;

namespace PlanningServicesBot.Benchmarks.Runtime;

/// <summary>
/// Reading and writing activities with <see cref="BotJson.Options"/>: a typical Teams 1:1 message as
/// /api/messages receives it, and a reply carrying the voucher status Adaptive Card as the bot sends it.
/// </summary>
[MemoryDiagnoser]
public class ActivityJsonBenchmarks
{
    private byte[] _teamsMessageJson = null!;
    private byte[] _cardReplyJson = null!;
    private Activity _teamsMessage = null!;
    private Activity _cardReply = null!;

    [GlobalSetup]
    public void LoadPayloads()
    {
        _teamsMessageJson = Payload.Read("teams-personal-message.json");
        _cardReplyJson = Payload.Read("status-card-reply.json");
        _teamsMessage = JsonSerializer.Deserialize<Activity>(_teamsMessageJson, BotJson.Options)!;
        _cardReply = JsonSerializer.Deserialize<Activity>(_cardReplyJson, BotJson.Options)!;
    }

    [Benchmark]
    public Activity? ParseTeamsMessage() => JsonSerializer.Deserialize<Activity>(_teamsMessageJson, BotJson.Options);

    [Benchmark]
    public byte[] SerializeTeamsMessage() => JsonSerializer.SerializeToUtf8Bytes(_teamsMessage, BotJson.Options);

    [Benchmark]
    public Activity? ParseCardReply() => JsonSerializer.Deserialize<Activity>(_cardReplyJson, BotJson.Options);

    [Benchmark]
    public byte[] SerializeCardReply() => JsonSerializer.SerializeToUtf8Bytes(_cardReply, BotJson.Options);
}
