using System.Globalization;
using System.Text.Json;
using System.Text.Json.Nodes;

namespace BotRuntime.Dialogs.Prompts;

// Puts entered values back into a card's inputs and shows each field's error under its input.
internal static class CardFormInputs
{
    public static JsonObject Apply(JsonObject card, IReadOnlyDictionary<string, string> values, IReadOnlyDictionary<string, string> errors)
    {
        var unplaced = errors.Keys.ToHashSet(StringComparer.Ordinal);
        Visit(card, values, errors, unplaced);
        if (unplaced.Count > 0)
        {
            if (card["body"] is not JsonArray body)
            {
                body = [];
                card["body"] = body;
            }

            var index = 0;
            foreach (var key in errors.Keys.Where(unplaced.Contains))
            {
                body.Insert(index++, ErrorBlock(key.Length == 0 ? "form" : key, errors[key]));
            }
        }

        return card;
    }

    // Submit values are strings (§1.4); objects and arrays in the action data keep their JSON text.
    public static Dictionary<string, string> ReadSubmit(JsonElement value)
    {
        var values = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var property in value.EnumerateObject())
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

    private static void Visit(JsonNode? node, IReadOnlyDictionary<string, string> values, IReadOnlyDictionary<string, string> errors, HashSet<string> unplaced)
    {
        switch (node)
        {
            case JsonObject obj:
                foreach (var (_, child) in obj.ToList())
                {
                    Visit(child, values, errors, unplaced);
                }

                break;
            case JsonArray array:
                for (var i = 0; i < array.Count; i++)
                {
                    var item = array[i];
                    Visit(item, values, errors, unplaced);
                    if (item is JsonObject input && InputId(input) is { } id)
                    {
                        if (values.TryGetValue(id, out var value))
                        {
                            SetValue(input, value);
                        }

                        if (errors.TryGetValue(id, out var error))
                        {
                            input["errorMessage"] = error;
                            array.Insert(++i, ErrorBlock(id, error));
                            unplaced.Remove(id);
                        }
                    }
                }

                break;
        }
    }

    private static string? InputId(JsonObject element) =>
        element["type"] is JsonValue type && type.TryGetValue<string>(out var name) && name.StartsWith("Input.", StringComparison.Ordinal)
        && element["id"] is JsonValue id && id.TryGetValue<string>(out var value) ? value : null;

    // Input.Number takes a number; every other input takes the string the channel sent.
    private static void SetValue(JsonObject input, string value)
    {
        if ((string?)input["type"] == "Input.Number")
        {
            if (decimal.TryParse(value, NumberStyles.Number, CultureInfo.InvariantCulture, out var number))
            {
                input["value"] = number;
            }
            else
            {
                input.Remove("value");
            }

            return;
        }

        input["value"] = value;
    }

    private static JsonObject ErrorBlock(string inputId, string error) => new()
    {
        ["type"] = "TextBlock",
        ["id"] = inputId + "-error",
        ["text"] = error,
        ["color"] = "attention",
        ["size"] = "small",
        ["wrap"] = true,
        ["spacing"] = "none",
    };
}
