using System.Globalization;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;

namespace BotRuntime.Cards.Expressions;

/// <summary>JavaScript's <c>JSON.stringify</c> and <c>JSON.parse</c>, and conversions between the value model and <see cref="JsonNode"/>.</summary>
internal static class JsJson
{
    private const double MaxSafeInteger = 9007199254740991;

    /// <summary><c>JSON.stringify(value)</c>; <c>null</c> where JavaScript returns <c>undefined</c>.</summary>
    public static string? Stringify(object? value)
    {
        if (value is JsUndefined)
        {
            return null;
        }

        var builder = new StringBuilder();
        Write(builder, value);
        return builder.ToString();
    }

    /// <summary><c>JSON.parse(text)</c>; throws <see cref="ScriptException"/> on invalid JSON.</summary>
    public static object? Parse(string text)
    {
        try
        {
            using var document = JsonDocument.Parse(text);
            return FromElement(document.RootElement);
        }
        catch (JsonException exception)
        {
            throw new ScriptException($"Unexpected token in JSON: {exception.Message}");
        }
    }

    public static object? FromElement(JsonElement element)
    {
        switch (element.ValueKind)
        {
            case JsonValueKind.Object:
                var result = new JsObject();
                foreach (var property in element.EnumerateObject())
                {
                    result.Set(property.Name, FromElement(property.Value));
                }

                return result;
            case JsonValueKind.Array:
                var list = new List<object?>(element.GetArrayLength());
                foreach (var item in element.EnumerateArray())
                {
                    list.Add(FromElement(item));
                }

                return list;
            case JsonValueKind.String:
                return element.GetString();
            case JsonValueKind.Number:
                return element.TryGetDouble(out var number) && double.IsFinite(number)
                    ? number
                    : double.Parse(element.GetRawText(), NumberStyles.Float, CultureInfo.InvariantCulture);
            case JsonValueKind.True:
                return true;
            case JsonValueKind.False:
                return false;
            default:
                return null;
        }
    }

    public static object? FromNode(JsonNode? node)
    {
        switch (node)
        {
            case null:
                return null;
            case JsonObject jsonObject:
                var result = new JsObject();
                foreach (var (key, value) in jsonObject)
                {
                    result.Set(key, FromNode(value));
                }

                return result;
            case JsonArray jsonArray:
                var list = new List<object?>(jsonArray.Count);
                foreach (var item in jsonArray)
                {
                    list.Add(FromNode(item));
                }

                return list;
            default:
                var scalar = node.AsValue();
                if (scalar.TryGetValue<JsonElement>(out var element))
                {
                    return FromElement(element);
                }

                return scalar.GetValueKind() switch
                {
                    JsonValueKind.String => scalar.GetValue<string>(),
                    JsonValueKind.True => true,
                    JsonValueKind.False => false,
                    JsonValueKind.Number => double.Parse(scalar.ToJsonString(), NumberStyles.Float, CultureInfo.InvariantCulture),
                    _ => null,
                };
        }
    }

    /// <summary>Writes the JSON <c>JSON.stringify</c> would write for <paramref name="value"/> (JSON null for undefined or a non-finite number).</summary>
    public static void WriteTo(Utf8JsonWriter writer, object? value)
    {
        switch (value)
        {
            case bool flag:
                writer.WriteBooleanValue(flag);
                break;
            case double number when double.IsFinite(number):
                if (JsNumber.IsInteger(number) && Math.Abs(number) <= MaxSafeInteger)
                {
                    writer.WriteNumberValue((long)number);
                }
                else
                {
                    writer.WriteNumberValue(number);
                }

                break;
            case string text:
                writer.WriteStringValue(text);
                break;
            case List<object?> list:
                writer.WriteStartArray();
                foreach (var item in list)
                {
                    WriteTo(writer, item);
                }

                writer.WriteEndArray();
                break;
            case JsObject jsObject:
                writer.WriteStartObject();
                foreach (var key in jsObject.Keys)
                {
                    jsObject.TryGet(key, out var item);
                    if (item is not JsUndefined)
                    {
                        writer.WritePropertyName(key);
                        WriteTo(writer, item);
                    }
                }

                writer.WriteEndObject();
                break;
            default:
                writer.WriteNullValue();
                break;
        }
    }

    private static void Write(StringBuilder builder, object? value)
    {
        switch (value)
        {
            case null or JsUndefined:
                builder.Append("null");
                break;
            case bool flag:
                builder.Append(flag ? "true" : "false");
                break;
            case double number:
                builder.Append(double.IsFinite(number) ? JsNumber.ToString(number) : "null");
                break;
            case string text:
                WriteString(builder, text);
                break;
            case List<object?> list:
                builder.Append('[');
                for (var i = 0; i < list.Count; i++)
                {
                    if (i > 0)
                    {
                        builder.Append(',');
                    }

                    Write(builder, list[i]);
                }

                builder.Append(']');
                break;
            case JsObject jsObject:
                builder.Append('{');
                var first = true;
                foreach (var key in jsObject.Keys)
                {
                    jsObject.TryGet(key, out var item);
                    if (item is JsUndefined)
                    {
                        continue;
                    }

                    if (!first)
                    {
                        builder.Append(',');
                    }

                    first = false;
                    WriteString(builder, key);
                    builder.Append(':');
                    Write(builder, item);
                }

                builder.Append('}');
                break;
        }
    }

    private static void WriteString(StringBuilder builder, string text)
    {
        builder.Append('"');
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            switch (c)
            {
                case '"': builder.Append("\\\""); break;
                case '\\': builder.Append("\\\\"); break;
                case '\b': builder.Append("\\b"); break;
                case '\f': builder.Append("\\f"); break;
                case '\n': builder.Append("\\n"); break;
                case '\r': builder.Append("\\r"); break;
                case '\t': builder.Append("\\t"); break;
                default:
                    var loneSurrogate = char.IsHighSurrogate(c) ? i + 1 >= text.Length || !char.IsLowSurrogate(text[i + 1])
                        : char.IsLowSurrogate(c) && (i == 0 || !char.IsHighSurrogate(text[i - 1]));
                    if (c < ' ' || loneSurrogate)
                    {
                        builder.Append("\\u").Append(((int)c).ToString("x4", CultureInfo.InvariantCulture));
                    }
                    else
                    {
                        builder.Append(c);
                    }

                    break;
            }
        }

        builder.Append('"');
    }
}
