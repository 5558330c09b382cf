using System.Text.Json;
using System.Text.Json.Nodes;
using System.Text.Json.Serialization;
using System.Text.Json.Serialization.Metadata;

namespace BotRuntime.Dialogs;

/// <summary>
/// Reads a dialog stack from JSON in one parse, however deep components nest: each instance's state becomes a
/// <see cref="JsonObject"/> over the parsed document (as the serializer's own would be), except a component's inner
/// stack ("dialogs"), which becomes a live <see cref="DialogState"/> at once. Without this every nesting level
/// would write its inner stack back to JSON and parse it again.
/// </summary>
internal sealed class DialogStateConverter : JsonConverter<DialogState>
{
    private const string StackProperty = "dialogStack";
    private const string IdProperty = "id";
    private const string StateProperty = "state";

    public override DialogState Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options)
    {
        var document = JsonElement.ParseValue(ref reader);
        if (document.ValueKind != JsonValueKind.Object)
        {
            throw new JsonException($"A dialog stack must be a JSON object, not {document.ValueKind}.");
        }

        return Stack(document, new JsonNodeOptions { PropertyNameCaseInsensitive = options.PropertyNameCaseInsensitive }, options);
    }

    public override void Write(Utf8JsonWriter writer, DialogState value, JsonSerializerOptions options)
    {
        writer.WriteStartObject();
        writer.WriteStartArray(StackProperty);
        foreach (var instance in value.DialogStack)
        {
            writer.WriteStartObject();
            writer.WriteString(IdProperty, instance.Id);
            writer.WritePropertyName(StateProperty);
            instance.State.WriteTo(writer, options);
            writer.WriteEndObject();
        }

        writer.WriteEndArray();
        writer.WriteEndObject();
    }

    /// <summary>The stack as a live value of an instance's state, as <see cref="ComponentDialog"/> keeps it during a turn.</summary>
    public static JsonValue Live(DialogState stack, JsonSerializerOptions options) =>
        JsonValue.Create(stack, (JsonTypeInfo<DialogState>)options.GetTypeInfo(typeof(DialogState)))!;

    private static DialogState Stack(JsonElement element, JsonNodeOptions nodeOptions, JsonSerializerOptions options)
    {
        var stack = new DialogState();
        if (Property(element, StackProperty, options) is { ValueKind: JsonValueKind.Array } instances)
        {
            stack.DialogStack.Capacity = instances.GetArrayLength();
            foreach (var item in instances.EnumerateArray())
            {
                stack.DialogStack.Add(Instance(item, nodeOptions, options));
            }
        }

        return stack;
    }

    private static DialogInstance Instance(JsonElement element, JsonNodeOptions nodeOptions, JsonSerializerOptions options)
    {
        if (element.ValueKind != JsonValueKind.Object)
        {
            throw new JsonException($"A dialog stack entry must be a JSON object, not {element.ValueKind}.");
        }

        var instance = new DialogInstance(Property(element, IdProperty, options) is { ValueKind: JsonValueKind.String } id ? id.GetString()! : string.Empty);
        if (Property(element, StateProperty, options) is { ValueKind: JsonValueKind.Object } state)
        {
            instance.State = new JsonObject(nodeOptions);
            foreach (var property in state.EnumerateObject())
            {
                instance.State[property.Name] = property.NameEquals(ComponentDialog.PersistedDialogState) && property.Value.ValueKind == JsonValueKind.Object
                    ? Live(Stack(property.Value, nodeOptions, options), options)
                    : Node(property.Value, nodeOptions);
            }
        }

        return instance;
    }

    private static JsonNode? Node(JsonElement element, JsonNodeOptions nodeOptions) => element.ValueKind switch
    {
        JsonValueKind.Object => JsonObject.Create(element, nodeOptions),
        JsonValueKind.Array => JsonArray.Create(element, nodeOptions),
        JsonValueKind.Null => null,
        _ => JsonValue.Create(element, nodeOptions),
    };

    // Property names as the serializer would match them (case-insensitively under the web defaults).
    private static JsonElement? Property(JsonElement element, string name, JsonSerializerOptions options)
    {
        if (element.TryGetProperty(name, out var exact))
        {
            return exact;
        }

        if (options.PropertyNameCaseInsensitive)
        {
            foreach (var property in element.EnumerateObject())
            {
                if (string.Equals(property.Name, name, StringComparison.OrdinalIgnoreCase))
                {
                    return property.Value;
                }
            }
        }

        return null;
    }
}
