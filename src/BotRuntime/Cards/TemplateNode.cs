using System.Text.Json;
using BotRuntime.Cards.Expressions;

namespace BotRuntime.Cards;

/// <summary>
/// A node of a parsed template, prepared once and expanded many times (adaptivecards-templating's prepared payload).
/// Expanding writes JSON in the place the node stands: the root, an object's property or an array's items.
/// </summary>
internal abstract class TemplateNode
{
    /// <summary>Writes the expansion where one value goes (the root).</summary>
    public abstract void WriteValue(Utf8JsonWriter writer, TemplateScope scope);

    /// <summary>Writes the expansion as property <paramref name="key"/> (encoded once, when the template was parsed) of an object being written; nothing when it is undefined.</summary>
    public abstract void WriteProperty(Utf8JsonWriter writer, JsonEncodedText key, TemplateScope scope);

    /// <summary>Writes the expansion as items of an array being written: nothing for null, an array's items spliced in.</summary>
    public abstract void WriteItems(Utf8JsonWriter writer, TemplateScope scope);

    public static TemplateNode Prepare(JsonElement element) => element.ValueKind switch
    {
        JsonValueKind.Object => TemplateObject.Parse(element),
        JsonValueKind.Array => new TemplateArray(element.EnumerateArray().Select(Prepare).ToArray()),
        JsonValueKind.String when InterpolatedText.ContainsBinding(element.GetString()!) => TemplateBinding.Parse(element.GetString()!),
        _ => new TemplateLiteral(JsJson.FromElement(element)),
    };

    /// <summary>Text encoded as the writers expansion uses (<see cref="Schema.ThreadJsonWriter"/>) encode it: only what JSON requires is escaped.</summary>
    public static JsonEncodedText Encode(string text) => JsonEncodedText.Encode(text, Schema.BotJson.Options.Encoder);
}
