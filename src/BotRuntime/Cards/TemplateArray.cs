using System.Text.Json;

namespace BotRuntime.Cards;

/// <summary>An array: items that expand to null are dropped and items that expand to arrays are spliced in.</summary>
internal sealed class TemplateArray(TemplateNode[] items) : TemplateNode
{
    public override void WriteValue(Utf8JsonWriter writer, TemplateScope scope)
    {
        writer.WriteStartArray();
        WriteItems(writer, scope);
        writer.WriteEndArray();
    }

    // An array always expands to a list, never to undefined.
    public override void WriteProperty(Utf8JsonWriter writer, JsonEncodedText key, TemplateScope scope)
    {
        writer.WritePropertyName(key);
        WriteValue(writer, scope);
    }

    // Inside another array, this one's items are spliced in.
    public override void WriteItems(Utf8JsonWriter writer, TemplateScope scope)
    {
        foreach (var item in items)
        {
            item.WriteItems(writer, scope);
        }
    }
}
