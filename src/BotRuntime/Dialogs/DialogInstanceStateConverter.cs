using System.Text.Json;
using System.Text.Json.Nodes;
using System.Text.Json.Serialization;
using System.Text.Json.Serialization.Metadata;

namespace BotRuntime.Dialogs;

/// <summary>
/// Reads a dialog instance's state with a component's inner stack ("dialogs") straight into a live
/// <see cref="DialogState"/>, so a stack nested n deep is parsed once per turn rather than once per level.
/// Everything else stays JSON as it was stored.
/// </summary>
internal sealed class DialogInstanceStateConverter : JsonConverter<JsonObject>
{
    public override JsonObject Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options)
    {
        if (reader.TokenType != JsonTokenType.StartObject)
        {
            throw new JsonException($"A dialog instance's state must be a JSON object, not {reader.TokenType}.");
        }

        // As the serializer's own JsonObject reading would: the options' key matching, down to nested objects.
        var nodeOptions = new JsonNodeOptions { PropertyNameCaseInsensitive = options.PropertyNameCaseInsensitive };
        var state = new JsonObject(nodeOptions);
        while (reader.Read() && reader.TokenType == JsonTokenType.PropertyName)
        {
            var name = reader.GetString()!;
            reader.Read();
            state[name] = name == ComponentDialog.PersistedDialogState && reader.TokenType == JsonTokenType.StartObject
                ? Live(JsonSerializer.Deserialize(ref reader, InnerStack(options)), options)
                : JsonNode.Parse(ref reader, nodeOptions);
        }

        return state;
    }

    public override void Write(Utf8JsonWriter writer, JsonObject value, JsonSerializerOptions options) => value.WriteTo(writer, options);

    /// <summary>The stack as a live value of the instance's state, as <see cref="ComponentDialog"/> keeps it during a turn.</summary>
    public static JsonValue? Live(DialogState? stack, JsonSerializerOptions options) =>
        stack is null ? null : JsonValue.Create(stack, InnerStack(options));

    private static JsonTypeInfo<DialogState> InnerStack(JsonSerializerOptions options) =>
        (JsonTypeInfo<DialogState>)options.GetTypeInfo(typeof(DialogState));
}
