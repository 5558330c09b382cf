using System.Text.Json;
using System.Text.Json.Nodes;
using BotRuntime.Schema;

namespace BotRuntime.State;

/// <summary>
/// One scope's document during a turn: the stored properties (as read, in their order), the live objects handed out,
/// and the ETag and exact bytes it was read or last written with. A save is due when the document no longer writes
/// out to those bytes; unchanged properties are copied through as they are, never rebuilt.
/// </summary>
internal sealed class CachedBotState
{
    // Each stored property as the range of its value in the document's UTF-8: read on first use, copied through as is.
    private readonly ReadOnlyMemory<byte> document;
    private readonly OrderedDictionary<string, Range> stored = new(StringComparer.Ordinal);
    private readonly Dictionary<string, object?> live = new(StringComparer.Ordinal);

    /// <param name="key">The storage key the document is kept under.</param>
    /// <param name="document">The stored document's UTF-8 JSON (kept, not copied), or empty when there is none yet; anything but an object counts as none.</param>
    public CachedBotState(string key, ReadOnlyMemory<byte> document, string? eTag)
    {
        Key = key;
        var reader = new Utf8JsonReader(document.Span);
        if (!document.IsEmpty && reader.Read() && reader.TokenType == JsonTokenType.StartObject)
        {
            while (reader.Read() && reader.TokenType == JsonTokenType.PropertyName)
            {
                var name = reader.GetString()!;
                reader.Read();
                var start = (int)reader.TokenStartIndex;
                reader.Skip();
                stored[name] = new Range(start, (int)reader.BytesConsumed);
            }

            this.document = document;
            Hash = document;
        }

        ETag = eTag;
    }

    public string? ETag { get; set; }

    /// <summary>The storage key it was loaded under, so a turn builds it once.</summary>
    public string Key { get; }

    /// <summary>The UTF-8 JSON last read or written; empty when nothing was stored, so that the first save writes.</summary>
    public ReadOnlyMemory<byte> Hash { get; set; }

    /// <summary>Makes the next save write even an unchanged document.</summary>
    public void ForceWrite() => Hash = new byte[] { 0 };

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

        if (stored.TryGetValue(name, out var range))
        {
            var json = document.Span[range];
            value = json.SequenceEqual("null"u8) ? default : JsonSerializer.Deserialize<T>(json, BotJson.Options);
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

    /// <summary>The document as UTF-8 JSON: stored properties in their order (the live value where one was handed out), then new ones.</summary>
    public byte[] Serialize()
    {
        var writer = ThreadJsonWriter.Start();
        writer.WriteStartObject();
        foreach (var (name, range) in stored)
        {
            writer.WritePropertyName(name);
            if (live.TryGetValue(name, out var value))
            {
                WriteLive(writer, value);
            }
            else
            {
                writer.WriteRawValue(document.Span[range], skipInputValidation: true);
            }
        }

        foreach (var (name, value) in live)
        {
            if (!stored.ContainsKey(name))
            {
                writer.WritePropertyName(name);
                WriteLive(writer, value);
            }
        }

        writer.WriteEndObject();
        return ThreadJsonWriter.Written().ToArray();
    }

    public JsonObject ToJsonObject() => JsonNode.Parse(Serialize())!.AsObject();

    private static void WriteLive(Utf8JsonWriter writer, object? value)
    {
        if (value is null)
        {
            writer.WriteNullValue();
        }
        else
        {
            JsonSerializer.Serialize(writer, value, value.GetType(), BotJson.Options);
        }
    }
}
