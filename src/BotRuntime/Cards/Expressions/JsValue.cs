namespace BotRuntime.Cards.Expressions;

/// <summary>
/// JavaScript semantics over the value model the expressions use: <c>null</c>, <see cref="JsUndefined"/>,
/// <see cref="bool"/>, <see cref="double"/>, <see cref="string"/>, <see cref="List{T}"/> (arrays) and <see cref="JsObject"/>.
/// </summary>
internal static class JsValue
{
    /// <summary>JavaScript's <c>Number.EPSILON</c> (not .NET's <see cref="double.Epsilon"/>).</summary>
    private const double NumberEpsilon = 2.220446049250313e-16;

    public static bool IsNullish(object? value) => value is null or JsUndefined;

    /// <summary><c>typeof value === 'object'</c> (true for <c>null</c>).</summary>
    public static bool IsTypeofObject(object? value) => value is null or List<object?> or JsObject;

    /// <summary>JavaScript's <c>!value</c>.</summary>
    public static bool IsFalsy(object? value) => value switch
    {
        null or JsUndefined => true,
        bool flag => !flag,
        double number => number == 0 || double.IsNaN(number),
        string text => text.Length == 0,
        _ => false,
    };

    /// <summary>JavaScript's <c>String(value)</c>.</summary>
    public static string ToText(object? value) => value switch
    {
        null => "null",
        JsUndefined => "undefined",
        bool flag => flag ? "true" : "false",
        double number => JsNumber.ToString(number),
        string text => text,
        List<object?> list => Join(list, ","),
        _ => "[object Object]",
    };

    /// <summary><c>value.toString()</c>, which throws a TypeError on <c>null</c> and <c>undefined</c>.</summary>
    public static string ToTextOrThrow(object? value) =>
        IsNullish(value) ? throw new ScriptException($"Cannot read properties of {ToText(value)} (reading 'toString')") : ToText(value);

    /// <summary><c>Array.prototype.join</c>.</summary>
    public static string Join(List<object?> list, string separator) =>
        string.Join(separator, list.Select(item => IsNullish(item) ? "" : ToText(item)));

    /// <summary>adaptive-expressions' <c>commonStringify</c>.</summary>
    public static string CommonStringify(object? value)
    {
        if (IsNullish(value))
        {
            return "";
        }

        if (value is List<object?> or JsObject)
        {
            return JsJson.Stringify(value)!.TrimStart('\'', '"').TrimEnd('\'', '"');
        }

        return ToText(value);
    }

    /// <summary>adaptive-expressions' <c>isLogicTrue</c>: booleans are themselves, null and undefined are false, anything else true.</summary>
    public static bool IsLogicTrue(object? value) => value switch
    {
        bool flag => flag,
        null or JsUndefined => false,
        _ => true,
    };

    /// <summary>JavaScript's <c>===</c>.</summary>
    public static bool StrictEquals(object? left, object? right) => (left, right) switch
    {
        (null, null) => true,
        (JsUndefined, JsUndefined) => true,
        (bool a, bool b) => a == b,
        (double a, double b) => a == b,
        (string a, string b) => string.Equals(a, b, StringComparison.Ordinal),
        _ => left is not null && ReferenceEquals(left, right),
    };

    /// <summary>adaptive-expressions' <c>commonEquals</c> (used by <c>==</c>, <c>equals</c>, <c>contains</c>).</summary>
    public static bool CommonEquals(object? left, object? right)
    {
        if (IsNullish(left) || IsNullish(right))
        {
            return IsNullish(left) && IsNullish(right);
        }

        if (left is List<object?> leftList && right is List<object?> rightList)
        {
            if (leftList.Count != rightList.Count)
            {
                return false;
            }

            for (var i = 0; i < leftList.Count; i++)
            {
                if (!CommonEquals(leftList[i], rightList[i]))
                {
                    return false;
                }
            }

            return true;
        }

        if (left is JsObject leftObject && right is JsObject rightObject)
        {
            return leftObject.Count == rightObject.Count && DeepEquals(leftObject, rightObject);
        }

        if (left is double a && right is double b && !double.IsNaN(a) && !double.IsNaN(b) && Math.Abs(a - b) < NumberEpsilon)
        {
            return true;
        }

        return StrictEquals(left, right);
    }

    /// <summary>lodash's <c>isEqual</c>.</summary>
    public static bool DeepEquals(object? left, object? right)
    {
        switch (left, right)
        {
            case (double a, double b):
                return a == b || (double.IsNaN(a) && double.IsNaN(b));
            case (List<object?> a, List<object?> b):
                return a.Count == b.Count && a.Zip(b).All(pair => DeepEquals(pair.First, pair.Second));
            case (JsObject a, JsObject b):
                if (a.Count != b.Count)
                {
                    return false;
                }

                foreach (var key in a.Keys)
                {
                    if (!b.TryGet(key, out var other))
                    {
                        return false;
                    }

                    a.TryGet(key, out var mine);
                    if (!DeepEquals(mine, other))
                    {
                        return false;
                    }
                }

                return true;
            default:
                return StrictEquals(left, right);
        }
    }
}
