using System.Text.Json;
using System.Text.Json.Nodes;
using System.Text.Json.Serialization.Metadata;
using BotRuntime.Dialogs.Prompts;
using BotRuntime.Schema;

namespace BotRuntime.Dialogs;

// Options and values go into dialog state as JSON, so what a step sees is the same before and after storage.
internal static class DialogOptionsJson
{
    public static JsonNode? ToNode(object? value) => value switch
    {
        null => null,
        JsonNode node => node.DeepClone(),

        // The runtime's own prompt options round-trip exactly, so they stay a live object that is written as JSON with
        // the state (as a component's inner stack does): no JSON tree to build now and read back on every later turn.
        PromptOptions options when options.GetType() == typeof(PromptOptions) => Live(options),
        _ => JsonSerializer.SerializeToNode(value, value.GetType(), BotJson.Options),
    };

    public static T? FromNode<T>(JsonNode? node) => node switch
    {
        null => default,
        JsonValue value when value.TryGetValue<T>(out var live) => live,
        _ => node.Deserialize<T>(BotJson.Options),
    };

    /// <summary>Prompt options as a live value of an instance's state.</summary>
    public static JsonValue Live(PromptOptions options) =>
        JsonValue.Create(options, (JsonTypeInfo<PromptOptions>)BotJson.Options.GetTypeInfo(typeof(PromptOptions)))!;
}
