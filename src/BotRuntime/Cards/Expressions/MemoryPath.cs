using System.Text.RegularExpressions;

namespace BotRuntime.Cards.Expressions;

/// <summary>A memory path as text (<c>items[0].name</c>) and split into parts, as <c>SimpleObjectMemory.getValue</c> splits it.</summary>
internal sealed partial class MemoryPath
{
    private MemoryPath(string text, string[] parts)
    {
        Text = text;
        Parts = parts;
    }

    public string Text { get; }

    public IReadOnlyList<string> Parts { get; }

    public static MemoryPath Parse(string text)
    {
        var parts = Separators().Split(text)
            .Where(part => part.Length > 0)
            .Select(Unquote)
            .ToArray();
        return new MemoryPath(text, parts);
    }

    /// <summary>Walks <paramref name="parts"/> from <paramref name="scope"/>: numeric parts index arrays, others are case-insensitive property names.</summary>
    public static object? Walk(object? scope, IReadOnlyList<string> parts, int start = 0)
    {
        object? value = JsUndefined.Value;
        var current = scope;
        for (var i = start; i < parts.Count; i++)
        {
            var part = parts[i];
            var index = JsNumber.ParseIntAnyRadix(part);
            if (!double.IsNaN(index) && current is List<object?> list)
            {
                if (index < 0 || index >= list.Count)
                {
                    return JsUndefined.Value;
                }

                value = list[(int)index];
            }
            else
            {
                value = PropertyOf(current, part);
            }

            current = value;
        }

        return value;
    }

    /// <summary>adaptive-expressions' <c>accessProperty</c>.</summary>
    public static object? PropertyOf(object? instance, string property)
    {
        if (JsValue.IsFalsy(instance))
        {
            return JsUndefined.Value;
        }

        switch (instance)
        {
            case JsObject jsObject:
                return jsObject.GetIgnoringCase(property);
            case string text when IsIndexKey(property, text.Length, out var index):
                return text[index].ToString();
            default:
                return JsUndefined.Value;
        }
    }

    private static bool IsIndexKey(string property, int length, out int index)
    {
        index = -1;
        if (property.Length == 0 || property.Length > 9 || (property.Length > 1 && property[0] == '0') || !property.All(char.IsAsciiDigit))
        {
            return false;
        }

        index = int.Parse(property, System.Globalization.CultureInfo.InvariantCulture);
        return index < length;
    }

    private static string Unquote(string part) =>
        (part.StartsWith('"') && part.EndsWith('"')) || (part.StartsWith('\'') && part.EndsWith('\''))
            ? (part.Length >= 2 ? part[1..^1] : "")
            : part;

    [GeneratedRegex(@"[.\[\]]+")]
    private static partial Regex Separators();
}
