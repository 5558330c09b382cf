using System.Text.Json.Nodes;
using PlanningServicesBot.Journeys;

namespace PlanningServicesBot.Cards;

/// <summary>
/// The card that asks which of the company's vouchers a journey is about (one, or several to redeem at once).
/// Its submit carries the picked numbers in <see cref="InputId"/> ("a,b" when several) and an operation id.
/// </summary>
public sealed class VoucherPickerCard(BotCards cards)
{
    public const string InputId = "vouchers";

    /// <param name="texts">title, prompt, required (error when nothing is picked) and submit, already in the user's language.</param>
    /// <param name="choices">The vouchers as (number, one-line description).</param>
    public JsonObject Build(IReadOnlyDictionary<string, string> texts, IEnumerable<(string Number, string Description)> choices, bool multiSelect)
    {
        var data = new JsonObject
        {
            ["t"] = new JsonObject(texts.Select(t => KeyValuePair.Create(t.Key, (JsonNode?)t.Value))),
            ["multi"] = multiSelect,
            ["opId"] = JourneyDialog.NewOperationId(),
            ["choices"] = new JsonArray(choices.Select(c => (JsonNode)new JsonObject { ["title"] = c.Description, ["value"] = c.Number }).ToArray()),
        };
        return cards.Expand(CardNames.VoucherPicker, data);
    }

    /// <summary>The picked voucher numbers of a submit value ("a,b" for several).</summary>
    public static IReadOnlyList<string> Picked(string? submitted) =>
        (submitted ?? string.Empty).Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
}
