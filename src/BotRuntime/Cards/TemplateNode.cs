using System.Text.Json;
using BotRuntime.Cards.Expressions;

namespace BotRuntime.Cards;

/// <summary>A node of a parsed template, prepared once and expanded many times (adaptivecards-templating's prepared payload).</summary>
internal abstract class TemplateNode
{
    /// <summary>The expanded value: <c>null</c> for nothing, <see cref="JsUndefined"/> for a value to omit.</summary>
    public abstract object? Expand(TemplateScope scope);

    /// <summary>Writes the expanded value where one value goes (the root): as <see cref="JsJson.WriteTo"/> writes <see cref="Expand"/>.</summary>
    public virtual void WriteValue(Utf8JsonWriter writer, TemplateScope scope) => JsJson.WriteTo(writer, Expand(scope));

    /// <summary>Writes the expanded value as property <paramref name="key"/> of an object being written; nothing when it expands to undefined.</summary>
    public virtual void WriteProperty(Utf8JsonWriter writer, string key, TemplateScope scope)
    {
        var value = Expand(scope);
        if (value is not JsUndefined)
        {
            writer.WritePropertyName(key);
            JsJson.WriteTo(writer, value);
        }
    }

    /// <summary>Writes the expanded value as items of an array being written: nothing for null, a list's items spliced in.</summary>
    public virtual void WriteItems(Utf8JsonWriter writer, TemplateScope scope)
    {
        switch (Expand(scope))
        {
            case null:
                break;
            case List<object?> spliced:
                foreach (var item in spliced)
                {
                    JsJson.WriteTo(writer, item);
                }

                break;
            case var value:
                JsJson.WriteTo(writer, value);
                break;
        }
    }

    public static TemplateNode Prepare(JsonElement element) => element.ValueKind switch
    {
        JsonValueKind.Object => TemplateObject.Parse(element),
        JsonValueKind.Array => new TemplateArray(element.EnumerateArray().Select(Prepare).ToArray()),
        JsonValueKind.String when InterpolatedText.ContainsBinding(element.GetString()!) => TemplateBinding.Parse(element.GetString()!),
        _ => new TemplateLiteral(JsJson.FromElement(element)),
    };
}
