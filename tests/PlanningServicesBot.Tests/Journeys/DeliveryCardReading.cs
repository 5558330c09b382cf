using System.Text.Json;
using System.Text.Json.Nodes;
using BotRuntime.Schema;
using PlanningServicesBot.Tests.Support;

namespace PlanningServicesBot.Tests.Journeys;

/// <summary>Reading the cards of the delivery journeys, and pressing their buttons as a person would.</summary>
public static class DeliveryCardReading
{
    /// <summary>The card among the replies whose title (its first text) starts with <paramref name="title"/>.</summary>
    public static JsonObject CardTitled(this IEnumerable<Activity> replies, string title) =>
        replies.Select(r => r.Card()).OfType<JsonObject>().FirstOrDefault(card => TitleOf(card).StartsWith(title, StringComparison.Ordinal))
        ?? throw new Xunit.Sdk.XunitException($"No card titled '{title}…' in the replies:\n{replies.Readable()}");

    /// <summary>The card's title: its first text that is not an error shown on a re-sent form.</summary>
    public static string TitleOf(JsonObject card) =>
        (card["body"] as JsonArray ?? [])
            .Where(e => ((string?)e?["id"])?.EndsWith("-error", StringComparison.Ordinal) != true)
            .Select(e => (string?)e?["text"])
            .FirstOrDefault() ?? string.Empty;

    /// <summary>
    /// What the card sends when its button (the first, or the one with this title) is pressed: the button's data, every
    /// input's value as the card shows it, and what the person entered (<paramref name="inputs"/>, by input id).
    /// </summary>
    public static JsonObject Pressing(this JsonObject card, object? inputs = null, string? button = null)
    {
        var action = card["actions"]!.AsArray().FirstOrDefault(a => button is null || (string?)a!["title"] == button)
            ?? throw new Xunit.Sdk.XunitException($"The card '{TitleOf(card)}' has no button '{button}'.");
        var data = (JsonObject)action["data"]!.DeepClone();
        foreach (var input in Elements(card).Where(e => ((string?)e["type"])?.StartsWith("Input.", StringComparison.Ordinal) == true && e["value"] is not null))
        {
            data[(string)input["id"]!] = input["value"]!.ToString();
        }

        foreach (var (name, value) in inputs is null ? new JsonObject() : JsonSerializer.SerializeToNode(inputs)!.AsObject())
        {
            data[name] = value?.DeepClone();
        }

        return data;
    }

    /// <summary>Every text of the card a person would read, one per line.</summary>
    public static string Words(this JsonObject card) =>
        string.Join("\n", Elements(card).SelectMany(e => new[] { "text", "title", "value", "label" }
            .Select(key => e[key] is JsonValue value && value.TryGetValue<string>(out var text) ? text : null)
            .OfType<string>()));

    /// <summary>The card's button titles.</summary>
    public static IReadOnlyList<string> Buttons(this JsonObject card) =>
        (card["actions"] as JsonArray ?? []).Select(a => (string)a!["title"]!).ToList();

    /// <summary>The input with this id, anywhere in the card.</summary>
    public static JsonObject Input(this JsonObject card, string id) =>
        Elements(card).FirstOrDefault(e => (string?)e["id"] == id && ((string?)e["type"])?.StartsWith("Input.", StringComparison.Ordinal) == true)
        ?? throw new Xunit.Sdk.XunitException($"The card '{TitleOf(card)}' has no input '{id}'.");

    /// <summary>The (title, value) choices of a choice set input.</summary>
    public static IReadOnlyList<(string Title, string Value)> Choices(this JsonObject card, string inputId) =>
        card.Input(inputId)["choices"]!.AsArray().Select(c => ((string)c!["title"]!, (string)c["value"]!)).ToList();

    /// <summary>The error shown under an input after a rejected submit.</summary>
    public static string? ErrorUnder(this JsonObject card, string inputId) =>
        (string?)Elements(card).FirstOrDefault(e => (string?)e["id"] == inputId + "-error")?["text"];

    private static IEnumerable<JsonObject> Elements(JsonNode? node) => node switch
    {
        JsonObject obj => new[] { obj }.Concat(obj.SelectMany(p => Elements(p.Value))),
        JsonArray array => array.SelectMany(Elements),
        _ => [],
    };
}
