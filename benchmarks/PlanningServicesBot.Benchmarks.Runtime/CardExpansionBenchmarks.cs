using System.Text.Json;
using System.Text.Json.Nodes;
using BenchmarkDotNet.Attributes;
using BotRuntime.Cards;

namespace PlanningServicesBot.Benchmarks.Runtime;

/// <summary>
/// Expanding the voucher status card (cards/voucher-status.json with its sample data) as the bot sends it: data given
/// as a JSON object, the card read as an element for the reply.
/// </summary>
[MemoryDiagnoser]
public class CardExpansionBenchmarks
{
    private CardTemplate _template = null!;
    private JsonObject _data = null!;

    [GlobalSetup]
    public void LoadTemplate()
    {
        var cards = Path.Combine(AppContext.BaseDirectory, "cards");
        _template = CardTemplate.Parse(File.ReadAllText(Path.Combine(cards, "voucher-status.json")));
        _data = JsonNode.Parse(File.ReadAllText(Path.Combine(cards, "voucher-status.data.json")))!.AsObject();
    }

    [Benchmark]
    public JsonElement ExpandStatusCard() => _template.ExpandToElement(_data);
}
