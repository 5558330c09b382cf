namespace BotRuntime.Cards.Expressions;

/// <summary>A JavaScript object: string keys in JavaScript's enumeration order (array-index keys first, ascending).</summary>
internal sealed class JsObject
{
    // Small objects (the usual card data) are searched linearly; larger ones get an index on first lookup.
    private const int IndexThreshold = 8;

    private readonly List<string> keys = [];
    private readonly List<object?> values = [];
    private Dictionary<string, int>? exactIndex;
    private Dictionary<string, int>? firstIgnoringCaseIndex;

    public IReadOnlyList<string> Keys => keys;

    public int Count => keys.Count;

    public bool TryGet(string key, out object? value)
    {
        var position = PositionOf(key);
        value = position >= 0 ? values[position] : JsUndefined.Value;
        return position >= 0;
    }

    /// <summary>The value of the first key (in enumeration order) equal to <paramref name="key"/> ignoring case.</summary>
    public object? GetIgnoringCase(string key)
    {
        if (keys.Count > IndexThreshold)
        {
            firstIgnoringCaseIndex ??= BuildIndex(StringComparer.OrdinalIgnoreCase);
            return firstIgnoringCaseIndex.TryGetValue(key, out var indexed) ? values[indexed] : JsUndefined.Value;
        }

        for (var i = 0; i < keys.Count; i++)
        {
            if (string.Equals(keys[i], key, StringComparison.OrdinalIgnoreCase))
            {
                return values[i];
            }
        }

        return JsUndefined.Value;
    }

    public void Set(string key, object? value)
    {
        var position = PositionOf(key);
        if (position >= 0)
        {
            values[position] = value;
            return;
        }

        position = keys.Count;
        if (ArrayIndexOf(key) is { } index)
        {
            position = 0;
            while (position < keys.Count && ArrayIndexOf(keys[position]) is { } other && other < index)
            {
                position++;
            }
        }

        if (position == keys.Count)
        {
            // Appended (any key but an array index): the indexes, if built, stay valid with one entry more.
            keys.Add(key);
            values.Add(value);
            exactIndex?.Add(key, position);
            firstIgnoringCaseIndex?.TryAdd(key, position);
            return;
        }

        keys.Insert(position, key);
        values.Insert(position, value);
        exactIndex = null;
        firstIgnoringCaseIndex = null;
    }

    private int PositionOf(string key)
    {
        if (keys.Count > IndexThreshold)
        {
            exactIndex ??= BuildIndex(StringComparer.Ordinal);
            return exactIndex.TryGetValue(key, out var indexed) ? indexed : -1;
        }

        for (var i = 0; i < keys.Count; i++)
        {
            if (string.Equals(keys[i], key, StringComparison.Ordinal))
            {
                return i;
            }
        }

        return -1;
    }

    private Dictionary<string, int> BuildIndex(StringComparer comparer)
    {
        var index = new Dictionary<string, int>(keys.Count, comparer);
        for (var i = 0; i < keys.Count; i++)
        {
            index.TryAdd(keys[i], i);
        }

        return index;
    }

    private static uint? ArrayIndexOf(string key)
    {
        if (key.Length == 0 || key.Length > 10 || !char.IsAsciiDigit(key[0]) || (key.Length > 1 && key[0] == '0'))
        {
            return null;
        }

        foreach (var c in key)
        {
            if (!char.IsAsciiDigit(c))
            {
                return null;
            }
        }

        var value = ulong.Parse(key, System.Globalization.CultureInfo.InvariantCulture);
        return value < uint.MaxValue ? (uint)value : null;
    }
}
