using System.Text.Json;
using BotRuntime.Cards.Expressions;

namespace BotRuntime.Cards;

/// <summary>A node that expands to one JavaScript value (a binding or a literal), written as <see cref="JsJson.WriteTo"/> writes it.</summary>
internal abstract class TemplateValue : TemplateNode
{
    /// <summary>
    /// The expanded value: <c>null</c> for nothing, <see cref="JsUndefined"/> for a value to omit, a
    /// <see cref="JsonEncodedText"/> for text encoded ahead (a literal's).
    /// </summary>
    public abstract object? Expand(TemplateScope scope);

    public override void WriteValue(Utf8JsonWriter writer, TemplateScope scope) => Write(writer, Expand(scope));

    public override void WriteProperty(Utf8JsonWriter writer, JsonEncodedText key, TemplateScope scope)
    {
        var value = Expand(scope);
        if (value is not JsUndefined)
        {
            writer.WritePropertyName(key);
            Write(writer, value);
        }
    }

    public override void WriteItems(Utf8JsonWriter writer, TemplateScope scope)
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
                Write(writer, value);
                break;
        }
    }

    private static void Write(Utf8JsonWriter writer, object? value)
    {
        if (value is JsonEncodedText text)
        {
            writer.WriteStringValue(text);
        }
        else
        {
            JsJson.WriteTo(writer, value);
        }
    }
}
