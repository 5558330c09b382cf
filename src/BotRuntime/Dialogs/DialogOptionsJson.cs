using System.Text.Json;
using System.Text.Json.Nodes;
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

    public static T? FromNode<T>(JsonNode? node) => node is null ? default : node.Deserialize<T>(BotJson.Options);
}
