using System.Text.Json.Nodes;
using BotRuntime.Schema;
using PlanningServicesBot.Tests.Support;

namespace PlanningServicesBot.Tests.Journeys;

/// <summary>Reads the eligibility, timeline and support cards the way a person looks at them.</summary>
internal static class ProgramCardReading
{
    public static JsonObject FinalCard(this IEnumerable<Activity> replies) =>
        replies.Select(r => r.Card()).LastOrDefault(card => card is not null)
        ?? throw new Xunit.Sdk.XunitException("No card in the replies: " + replies.Readable());

    /// <summary>The operation id the card's first submit button carries.</summary>
    public static string OperationId(this JsonObject card) =>
        (string)Elements(card).First(e => (string?)e["type"] == "Action.Submit")["data"]!["opId"]!;

    public static JsonObject ButtonData(this JsonObject card, string title) =>
        Elements(card).Single(e => (string?)e["type"] == "Action.Submit" && (string?)e["title"] == title)["data"]!.AsObject().DeepClone().AsObject();

    public static string OpenUrl(this JsonObject card) =>
        (string)Elements(card).Single(e => (string?)e["type"] == "Action.OpenUrl")["url"]!;

    /// <summary>The id of the card's choice input and its choices (title, value).</summary>
    public static (string Field, IReadOnlyList<(string Title, string Value)> Choices) Question(this JsonObject card)
    {
        var input = Elements(card).Single(e => (string?)e["type"] == "Input.ChoiceSet");
        return ((string)input["id"]!, input["choices"]!.AsArray().Select(c => ((string)c!["title"]!, (string)c["value"]!)).ToList());
    }

    public static IReadOnlyDictionary<string, string> Facts(this JsonObject card) =>
        Elements(card).Where(e => (string?)e["type"] == "FactSet")
            .SelectMany(set => set["facts"]!.AsArray())
            .ToDictionary(f => (string)f!["title"]!, f => (string)f!["value"]!);

    /// <summary>The eligibility result's requirements: the heading line ("✓ Met · …"), the detail, and what to do ("" when met).</summary>
    public static IReadOnlyList<(string Heading, string Detail, string NextStep)> Requirements(this JsonObject card) =>
        Elements(card).Where(e => (string?)e["type"] == "Container")
            .Select(c => c["items"]!.AsArray().Select(i => (string)i!["text"]!).ToList())
            .Select(lines => (lines[0], lines[1], lines.Count > 2 ? lines[2] : string.Empty))
            .ToList();

    /// <summary>The timeline's rows: status, milestone, date and how far from today.</summary>
    public static IReadOnlyList<(string Status, string Name, string When)> TimelineRows(this JsonObject card) =>
        Elements(card).Where(e => (string?)e["type"] == "ColumnSet")
            .Select(row => Elements(row).Where(e => (string?)e["type"] == "TextBlock").Select(t => (string)t["text"]!).ToList())
            .Select(texts => (texts[0], texts[1], texts[2]))
            .ToList();

    public static IEnumerable<string> Texts(this JsonObject card) =>
        Elements(card).Where(e => (string?)e["type"] == "TextBlock").Select(e => (string)e["text"]!);

    private static IEnumerable<JsonObject> Elements(JsonNode? node) => node switch
    {
        JsonObject obj => new[] { obj }.Concat(obj.SelectMany(p => Elements(p.Value))),
        JsonArray array => array.SelectMany(Elements),
        _ => [],
    };
}
