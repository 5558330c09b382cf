using System.Text;
using System.Text.Json.Nodes;
using BotRuntime.Cards;

namespace BotRuntime.Tests.Cards;

/// <summary>
/// Every card template in cards/, expanded with its sample data, is a card every client can show: the official
/// adaptivecards renderer reports no problem, the version is at most 1.5, it stays under Teams' 28 KB, every input
/// has a label, every image alt text, every submit says what it is for, and colour never carries meaning alone.
/// </summary>
public sealed class CardRulesTests
{
    private const int MaxCardBytes = 28 * 1024;

    public static TheoryData<string> Templates()
    {
        var data = new TheoryData<string>();
        foreach (var file in Directory.EnumerateFiles(RepositoryLayout.CardsFolder, "*.json").Where(f => !f.EndsWith(".data.json", StringComparison.Ordinal)).Order(StringComparer.Ordinal))
        {
            data.Add(Path.GetFileNameWithoutExtension(file));
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(Templates))]
    public async Task TheOfficialRendererFindsNoProblem(string name)
    {
        var card = Expand(name);

        await NodeTemplateExpander.EnsureInstalledAsync();
        var input = new JsonArray(new JsonObject { ["name"] = name, ["card"] = card.DeepClone() });
        var output = JsonNode.Parse(await NodeTemplateExpander.RunAsync("node", ["validate.js"], input.ToJsonString()))!.AsArray();

        var problems = output.Single()!["problems"]!.AsArray().Select(p => p!.GetValue<string>()).ToList();
        Assert.True(problems.Count == 0, $"{name}: {string.Join("; ", problems)}");
    }

    [Theory]
    [MemberData(nameof(Templates))]
    public void TheCardIsVersionOneFiveOrLowerAndUnderTwentyEightKilobytes(string name)
    {
        var card = Expand(name);

        Assert.True(Version.Parse(card["version"]!.GetValue<string>()) <= new Version(1, 5), $"{name} declares version {card["version"]}");
        Assert.InRange(Encoding.UTF8.GetByteCount(card.ToJsonString()), 1, MaxCardBytes);
    }

    [Theory]
    [MemberData(nameof(Templates))]
    public void EveryInputHasALabelAndEveryImageAltText(string name)
    {
        foreach (var element in Elements(Expand(name)))
        {
            var type = element["type"]?.GetValue<string>() ?? string.Empty;
            if (type.StartsWith("Input.", StringComparison.Ordinal))
            {
                Assert.False(string.IsNullOrWhiteSpace(element["label"]?.GetValue<string>()), $"{name}: input '{element["id"]}' has no label");
            }

            if (type == "Image")
            {
                Assert.False(string.IsNullOrWhiteSpace(element["altText"]?.GetValue<string>()), $"{name}: an image has no altText");
            }
        }
    }

    [Theory]
    [MemberData(nameof(Templates))]
    public void EverySubmitNamesAnActionOrCarriesAnOperationId(string name)
    {
        foreach (var submit in Elements(Expand(name)).Where(e => e["type"]?.GetValue<string>() == "Action.Submit"))
        {
            var data = submit["data"] as JsonObject;
            Assert.True(data is not null && (data.ContainsKey("action") || data.ContainsKey("opId")), $"{name}: submit '{submit["title"]}' carries neither an action nor an opId");
        }
    }

    [Theory]
    [MemberData(nameof(Templates))]
    public void ColouredTextAlwaysSaysItInWordsOrSymbols(string name)
    {
        foreach (var element in Elements(Expand(name)).Where(e => e["color"] is not null && e["color"]!.GetValue<string>() is not ("default" or "dark" or "light" or "accent")))
        {
            var text = element["text"]?.GetValue<string>() ?? string.Empty;
            Assert.True(text.Any(char.IsLetter) || text.Contains('✓') || text.Contains('✗'), $"{name}: a {element["color"]} element shows no words or symbol: '{text}'");
        }
    }

    private static JsonObject Expand(string name)
    {
        var template = CardTemplate.Parse(File.ReadAllText(Path.Combine(RepositoryLayout.CardsFolder, name + ".json")));
        var dataFile = Path.Combine(RepositoryLayout.CardsFolder, name + ".data.json");
        Assert.True(File.Exists(dataFile), $"{name}.json has no sample data file {name}.data.json beside it");
        return Assert.IsType<JsonObject>(template.Expand(JsonNode.Parse(File.ReadAllText(dataFile))));
    }

    private static IEnumerable<JsonObject> Elements(JsonNode? node) => node switch
    {
        JsonObject obj => new[] { obj }.Concat(obj.SelectMany(p => Elements(p.Value))),
        JsonArray array => array.SelectMany(Elements),
        _ => [],
    };
}
