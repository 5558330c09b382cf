namespace BotRuntime.Cards.Expressions;

/// <summary>A JavaScript object: string keys in JavaScript's enumeration order (array-index keys first, ascending).</summary>
internal sealed class JsObject
{
    private readonly List<string> keys = [];
    private readonly Dictionary<string, object?> values = new(StringComparer.Ordinal);
    private readonly Dictionary<string, string> firstKeyIgnoringCase = new(StringComparer.OrdinalIgnoreCase);

    public IReadOnlyList<string> Keys => keys;

    public int Count => keys.Count;

    public bool TryGet(string key, out object? value) => values.TryGetValue(key, out value);

    /// <summary>The value of the first key (in enumeration order) equal to <paramref name="key"/> ignoring case.</summary>
    public object? GetIgnoringCase(string key)
    {
        if (values.TryGetValue(key, out var exact) && firstKeyIgnoringCase[key] == key)
        {
            return exact;
        }

        return firstKeyIgnoringCase.TryGetValue(key, out var actual) ? values[actual] : JsUndefined.Value;
    }

    public void Set(string key, object? value)
    {
        if (!values.ContainsKey(key))
        {
            Insert(key);
        }

        values[key] = value;
    }

    private void Insert(string key)
    {
        if (ArrayIndexOf(key) is { } index)
        {
            var position = 0;
            while (position < keys.Count && ArrayIndexOf(keys[position]) is { } other && other < index)
            {
                position++;
            }

            keys.Insert(position, key);
            firstKeyIgnoringCase.TryAdd(key, key);
            return;
        }

        keys.Add(key);
        firstKeyIgnoringCase.TryAdd(key, key);
    }

    private static uint? ArrayIndexOf(string key)
    {
        if (key.Length == 0 || key.Length > 10 || (key.Length > 1 && key[0] == '0'))
        {
            return null;
        }

        foreach (var c in key)
        {
            if (c is < '0' or > '9')
            {
                return null;
            }
        }

        var value = ulong.Parse(key, System.Globalization.CultureInfo.InvariantCulture);
        return value < uint.MaxValue ? (uint)value : null;
    }
}
