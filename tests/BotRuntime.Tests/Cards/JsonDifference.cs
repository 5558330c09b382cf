using System.Text.Json;
using System.Text.Json.Nodes;

namespace BotRuntime.Tests.Cards;

/// <summary>Deep JSON equality (same types; numbers by value; object key order ignored), reporting the first differing path.</summary>
internal static class JsonDifference
{
    /// <summary>The first difference as <c>$.body[2].text: expected "a" but was "b"</c>, or <c>null</c> when equal.</summary>
    public static string? Find(JsonNode? expected, JsonNode? actual, string path = "$")
    {
        var expectedKind = KindOf(expected);
        var actualKind = KindOf(actual);
        if (expectedKind != actualKind)
        {
            return $"{path}: expected {Show(expected)} ({expectedKind}) but was {Show(actual)} ({actualKind})";
        }

        switch (expected)
        {
            case null:
                return null;
            case JsonObject expectedObject:
                var actualObject = actual!.AsObject();
                foreach (var (key, value) in expectedObject)
                {
                    if (!actualObject.ContainsKey(key))
                    {
                        return $"{path}.{key}: expected {Show(value)} but the property is missing";
                    }

                    if (Find(value, actualObject[key], $"{path}.{key}") is { } difference)
                    {
                        return difference;
                    }
                }

                var extra = actualObject.Select(pair => pair.Key).FirstOrDefault(key => !expectedObject.ContainsKey(key));
                return extra is null ? null : $"{path}.{extra}: unexpected property with {Show(actualObject[extra])}";
            case JsonArray expectedArray:
                var actualArray = actual!.AsArray();
                for (var i = 0; i < Math.Min(expectedArray.Count, actualArray.Count); i++)
                {
                    if (Find(expectedArray[i], actualArray[i], $"{path}[{i}]") is { } difference)
                    {
                        return difference;
                    }
                }

                return expectedArray.Count == actualArray.Count
                    ? null
                    : $"{path}: expected {expectedArray.Count} items but was {actualArray.Count}";
            default:
                var same = expectedKind == JsonValueKind.Number
                    ? ParseNumber(expected) == ParseNumber(actual!)
                    : expected.ToJsonString() == actual!.ToJsonString();
                return same ? null : $"{path}: expected {Show(expected)} but was {Show(actual)}";
        }
    }

    private static JsonValueKind KindOf(JsonNode? node) => node switch
    {
        null => JsonValueKind.Null,
        JsonValue value => value.GetValueKind() is JsonValueKind.False ? JsonValueKind.True : value.GetValueKind(),
        _ => node.GetValueKind(),
    };

    private static double ParseNumber(JsonNode node) =>
        double.Parse(node.ToJsonString(), System.Globalization.NumberStyles.Float, System.Globalization.CultureInfo.InvariantCulture);

    private static string Show(JsonNode? node) => node?.ToJsonString() ?? "null";
}
