using System.Text.Json;
using System.Text.Json.Nodes;
using BotRuntime.Schema;

namespace PlanningServicesBot.Journeys.Delivery;

/// <summary>What the delivery journeys' cards carry when submitted, besides their inputs.</summary>
internal static class DeliverySubmit
{
    /// <summary>The voucher a card is about.</summary>
    public const string Voucher = "voucher";

    /// <summary>The version of each voucher a multi-voucher card was drawn from, as an object keyed by voucher number.</summary>
    public const string VoucherVersions = "voucherVersions";

    /// <summary>Which of a card's buttons was pressed.</summary>
    public const string Decision = "decision";

    /// <summary>The data key under which a card prompt keeps the card it sends.</summary>
    public const string CardKey = "card";

    /// <summary>Every value of a card submit as the channels send them (strings; objects keep their JSON text).</summary>
    public static Dictionary<string, string> Values(Activity activity)
    {
        var values = new Dictionary<string, string>(StringComparer.Ordinal);
        if (activity.Value is not { ValueKind: JsonValueKind.Object } submit)
        {
            return values;
        }

        foreach (var property in submit.EnumerateObject())
        {
            var text = property.Value.ValueKind switch
            {
                JsonValueKind.String => property.Value.GetString(),
                JsonValueKind.Null or JsonValueKind.Undefined => null,
                _ => property.Value.GetRawText(),
            };
            if (text is not null)
            {
                values[property.Name] = text;
            }
        }

        return values;
    }

    /// <summary>True when a submit came from the card a prompt sent (same operation id), not from an older card of the journey.</summary>
    public static bool IsFromCard(IReadOnlyDictionary<string, string> values, JsonNode? promptData) =>
        promptData?[JourneyDialog.OperationIdProperty]?.GetValue<string>() is { } opId
        && values.GetValueOrDefault(JourneyDialog.OperationIdProperty) == opId;

    /// <summary>The data key under which a picker prompt keeps the voucher numbers it offered.</summary>
    public const string OfferedKey = "offered";

    /// <summary>The picked voucher numbers of a picker submit, when every one was offered and there are as many as allowed; else null.</summary>
    public static IReadOnlyList<string>? Picked(IReadOnlyDictionary<string, string> values, JsonNode? promptData, bool several)
    {
        var offered = (promptData?[OfferedKey] as JsonArray ?? []).Select(n => n?.GetValue<string>()).ToHashSet(StringComparer.Ordinal);
        var picked = Cards.VoucherPickerCard.Picked(values.GetValueOrDefault(Cards.VoucherPickerCard.InputId));
        return picked.Count > 0 && (several || picked.Count == 1) && picked.All(offered.Contains) ? picked : null;
    }

    /// <summary>The card a prompt keeps in its data, to send it again as it was.</summary>
    public static JsonObject CardIn(JsonNode? promptData) => promptData?[CardKey] as JsonObject ?? [];
}
