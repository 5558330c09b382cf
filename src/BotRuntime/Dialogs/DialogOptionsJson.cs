using System.Text.Json;
using System.Text.Json.Nodes;
using System.Text.Json.Serialization.Metadata;
using BotRuntime.Schema;

namespace BotRuntime.Dialogs;

// Options and values go into dialog state as JSON, so what a step sees is the same before and after storage.
internal static class DialogOptionsJson
{
    public static JsonNode? ToNode(object? value) => value switch
    {
        null => null,
        JsonNode node => node.DeepClone(),
        _ => JsonSerializer.SerializeToNode(value, value.GetType(), BotJson.Options),
    };

    public static T? FromNode<T>(JsonNode? node) => node switch
    {
        null => default,
        JsonValue value when value.TryGetValue<T>(out var live) => live,
        _ => node.Deserialize<T>(BotJson.Options),
    };

    /// <summary>
    /// A runtime object kept in an instance's state as it is and written as JSON with the state: for types that
    /// round-trip exactly (a component's inner stack, prompt options), so no JSON tree is built and read back each turn.
    /// </summary>
    public static JsonValue Live<T>(T value) =>
        JsonValue.Create(value, (JsonTypeInfo<T>)BotJson.Options.GetTypeInfo(typeof(T)))!;

    /// <summary>
    /// The <typeparamref name="T"/> kept under <paramref name="key"/>: a live value as it is; JSON (as read from
    /// storage) converted once and put back live for the rest of the dialog; <paramref name="missing"/> when absent.
    /// </summary>
    public static T ReadLive<T>(JsonObject state, string key, Func<T> missing)
        where T : class
    {
        var node = state[key];
        if (node is JsonValue value && value.TryGetValue<T>(out var live))
        {
            return live;
        }

        var read = FromNode<T>(node) ?? missing();
        state[key] = Live(read);
        return read;
    }
}
