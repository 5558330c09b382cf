using System.Text.Json;
using System.Text.Json.Nodes;
using BotRuntime.Schema;
using PlanningServicesBot.Tests.Support;

namespace PlanningServicesBot.Tests.Journeys;

/// <summary>Reading the cards the bot sends in the tests of the reservation journeys.</summary>
public static class ReservationCardReading
{
    /// <summary>The last card among the replies.</summary>
    public static JsonObject LastCard(this IEnumerable<Activity> replies) =>
        replies.Select(r => r.Card()).LastOrDefault(card => card is not null)
        ?? throw new Xunit.Sdk.XunitException("No card in the replies: " + replies.Readable());

    /// <summary>The data of the card's submit action with this title, or of its first action.</summary>
    public static JsonObject SubmitData(this JsonObject card, string? title = null) =>
        (JsonObject)card["actions"]!.AsArray()
            .First(a => title is null || (string?)a!["title"] == title)!["data"]!.DeepClone();

    /// <summary>What a person would send by filling the card's inputs with <paramref name="inputs"/> and pressing its first button.</summary>
    public static JsonObject Filled(this JsonObject card, object inputs)
    {
        var data = card.SubmitData();
        foreach (var (name, value) in JsonSerializer.SerializeToNode(inputs)!.AsObject())
        {
            data[name] = value?.DeepClone();
        }

        return data;
    }

    /// <summary>The card's JSON without its operation ids, which are new on every card drawn: what the user sees and can do.</summary>
    public static string WithoutOperationIds(this JsonObject card)
    {
        var copy = (JsonObject)card.DeepClone();
        foreach (var data in Descendants(copy).Where(o => o.ContainsKey("opId")).ToList())
        {
            data.Remove("opId");
        }

        return copy.ToJsonString();
    }

    /// <summary>The error the card shows for an input (under it, or above the inputs when the card has no such input).</summary>
    public static string? ErrorShownFor(this JsonObject card, string inputId) =>
        Descendants(card).Where(o => (string?)o["id"] == inputId + "-error").Select(o => (string?)o["text"]).SingleOrDefault();

    /// <summary>Every input of the card, by id.</summary>
    public static IReadOnlyDictionary<string, JsonObject> Inputs(this JsonObject card) =>
        Descendants(card)
            .Where(o => ((string?)o["type"])?.StartsWith("Input.", StringComparison.Ordinal) == true)
            .ToDictionary(o => (string)o["id"]!, o => o);

    /// <summary>The titles of the choices offered by a choice set, as the user reads them.</summary>
    public static IReadOnlyList<string> ChoiceTitles(this JsonObject card, string inputId) =>
        card.Inputs()[inputId]["choices"]!.AsArray().Select(c => (string)c!["title"]!).ToList();

    /// <summary>The values offered by a choice set.</summary>
    public static IReadOnlyList<string> ChoiceValues(this JsonObject card, string inputId) =>
        card.Inputs()[inputId]["choices"]!.AsArray().Select(c => (string)c!["value"]!).ToList();

    private static IEnumerable<JsonObject> Descendants(JsonNode? node) => node switch
    {
        JsonObject obj => obj.Select(p => p.Value).SelectMany(Descendants).Prepend(obj),
        JsonArray array => array.SelectMany(Descendants),
        _ => [],
    };
}
