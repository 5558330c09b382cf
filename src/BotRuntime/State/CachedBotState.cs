using System.Text.Json;
using System.Text.Json.Nodes;
using BotRuntime.Schema;

namespace BotRuntime.State;

/// <summary>One scope's document during a turn: stored JSON, the live objects handed out, and the ETag it was read with.</summary>
internal sealed class CachedBotState
{
    private readonly Dictionary<string, JsonNode?> stored;
    private readonly Dictionary<string, object?> live = new(StringComparer.Ordinal);

    public CachedBotState(JsonObject? document, string? eTag)
    {
        stored = new Dictionary<string, JsonNode?>(StringComparer.Ordinal);
        if (document is not null)
        {
            foreach (var (name, value) in document)
            {
                stored[name] = value;
            }
        }

        ETag = eTag;
        Hash = document is null ? string.Empty : Serialize();
    }

    public string? ETag { get; set; }

    /// <summary>The JSON last read or written; a save is due when the document no longer serializes to it.</summary>
    public string Hash { get; set; }

    public bool TryGet<T>(string name, out T? value)
    {
        if (live.TryGetValue(name, out var current))
        {
            if (current is T typed)
            {
                value = typed;
                return true;
            }

            if (current is null)
            {
                value = default;
                return true;
            }

            // Asked for as a different type than it was stored as: convert through JSON.
            value = JsonSerializer.SerializeToElement(current, current.GetType(), BotJson.Options).Deserialize<T>(BotJson.Options);
            live[name] = value;
            return true;
        }

        if (stored.TryGetValue(name, out var node))
        {
            value = node is null ? default : node.Deserialize<T>(BotJson.Options);
            live[name] = value;
            return true;
        }

        value = default;
        return false;
    }

    public void Set(string name, object? value) => live[name] = value;

    public void Delete(string name)
    {
        live.Remove(name);
        stored.Remove(name);
    }

    public JsonObject ToJsonObject()
    {
        var document = new JsonObject();
        foreach (var (name, node) in stored)
        {
            if (!live.ContainsKey(name))
            {
                document[name] = node?.DeepClone();
            }
        }

        foreach (var (name, value) in live)
        {
            document[name] = value is null ? null : JsonSerializer.SerializeToNode(value, value.GetType(), BotJson.Options);
        }

        return document;
    }

    public string Serialize() => ToJsonObject().ToJsonString(BotJson.Options);
}
