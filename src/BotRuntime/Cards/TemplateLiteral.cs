using System.Text.Json;
using BotRuntime.Cards.Expressions;

namespace BotRuntime.Cards;

/// <summary>A string without bindings, a number, a boolean or null: expands to itself.</summary>
internal sealed class TemplateLiteral(object? value) : TemplateValue
{
    // Most literals are strings ("TextBlock", "Bolder", …): encoded once, not on every expansion.
    private readonly JsonEncodedText? encoded = value is string text ? Encode(text) : null;

    public object? Value { get; } = value;

    public bool IsTruthy => !JsValue.IsFalsy(Value);

    public override object? Expand(TemplateScope scope) => Value;

    public override void WriteValue(Utf8JsonWriter writer, TemplateScope scope)
    {
        if (encoded is { } text)
        {
            writer.WriteStringValue(text);
        }
        else
        {
            base.WriteValue(writer, scope);
        }
    }

    public override void WriteProperty(Utf8JsonWriter writer, JsonEncodedText key, TemplateScope scope)
    {
        if (encoded is { } text)
        {
            writer.WriteString(key, text);
        }
        else
        {
            base.WriteProperty(writer, key, scope);
        }
    }

    public override void WriteItems(Utf8JsonWriter writer, TemplateScope scope)
    {
        if (encoded is { } text)
        {
            writer.WriteStringValue(text);
        }
        else
        {
            base.WriteItems(writer, scope);
        }
    }
}
