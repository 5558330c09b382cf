using System.Text.Json;
using System.Text.Json.Nodes;
using BotRuntime.Cards;

namespace BotRuntime.Tests.Cards;

/// <summary>
/// The C# engine expands every template exactly as the official JavaScript adaptivecards-templating 2.3.1 does:
/// each card in <c>cards/</c> with its sample data, and each template of the engine's corpus.
/// </summary>
public sealed class TemplateParityTests(ReferenceExpansions reference) : IClassFixture<ReferenceExpansions>
{
    public static TheoryData<string> CaseNames => new(ReferenceExpansions.Cases.Select(testCase => testCase.Name));

    [Theory]
    [MemberData(nameof(CaseNames))]
    public void ExpandsAsTheJavaScriptEngineDoes(string name)
    {
        var testCase = ReferenceExpansions.Cases.Single(candidate => candidate.Name == name);
        var expected = reference[name];

        JsonNode? actual;
        try
        {
            actual = CardTemplate.Parse(testCase.TemplateJson).Expand(testCase.Data, testCase.Host);
        }
        catch (CardTemplateException exception)
        {
            Assert.True(expected.Error is not null, $"C# threw \"{exception.Message}\" but JavaScript expanded to {expected.Result?.ToJsonString() ?? "null"}");
            return;
        }

        Assert.True(expected.Error is null, $"JavaScript threw \"{expected.Error}\" but C# expanded to {actual?.ToJsonString() ?? "null"}");
        var difference = JsonDifference.Find(expected.Result, actual);
        Assert.True(difference is null, $"{difference}\nJavaScript: {expected.Result?.ToJsonString()}\nC#:         {actual?.ToJsonString()}");
    }

    [Fact]
    public void TheCorpusCoversTheTemplatingLanguage() =>
        Assert.True(ReferenceExpansions.Cases.Count(testCase => testCase.Name.StartsWith("corpus/", StringComparison.Ordinal)) >= 25);

    [Fact]
    public void EveryCardTemplateHasSampleDataBesideIt()
    {
        var missing = ReferenceExpansions.Cases
            .Where(testCase => !File.Exists(testCase.DataPath))
            .Select(testCase => testCase.Name)
            .ToList();
        Assert.True(missing.Count == 0, $"Templates without an X.data.json: {string.Join(", ", missing)}");
    }
}
