using System.Runtime.InteropServices;
using System.Text.Json;

namespace BotRuntime.State;

/// <summary>
/// A stored JSON document with its ETag. When written, <see cref="ETag"/> is the condition:
/// null or "*" overwrites, <see cref="AbsentETag"/> creates only where nothing is stored, anything else must equal the
/// stored ETag.
/// <para>
/// The document is held in whichever form it came in, UTF-8 JSON or a <see cref="JsonElement"/>, and the other form is
/// made only when asked for: bot state goes from turn to storage and back as bytes, never parsed on the way.
/// </para>
/// </summary>
public sealed class StoreItem
{
    public const string AnyETag = "*";

    /// <summary>
    /// The condition for a document that was missing when it was read: it is written only if the key still holds
    /// nothing, so two turns that each found no document cannot both create it (the second is a conflict and re-runs).
    /// </summary>
    public const string AbsentETag = "!absent";

    private JsonElement? value;
    private ReadOnlyMemory<byte>? utf8;

    public StoreItem(JsonElement value, string? eTag = null)
    {
        this.value = value;
        ETag = eTag;
    }

    private StoreItem(ReadOnlyMemory<byte> utf8, string? eTag)
    {
        this.utf8 = utf8;
        ETag = eTag;
    }

    public string? ETag { get; }

    /// <summary>The document as a JSON element (parsed from the UTF-8 on first use when the item was made from bytes).</summary>
    public JsonElement Value => value ??= Parse(utf8!.Value.Span);

    /// <summary>The document as UTF-8 JSON; not to be changed.</summary>
    public ReadOnlyMemory<byte> Utf8 => utf8 ??= JsonMarshal.GetRawUtf8Value(value!.Value).ToArray();

    /// <summary>
    /// An item over UTF-8 JSON that the item now owns: it is kept as it is, so the caller must not change it afterwards.
    /// </summary>
    /// <exception cref="JsonException">The bytes are not one JSON value.</exception>
    public static StoreItem FromUtf8(ReadOnlyMemory<byte> json, string? eTag = null)
    {
        var reader = new Utf8JsonReader(json.Span);
        if (!reader.Read())
        {
            throw new JsonException("The stored document is empty.");
        }

        reader.Skip();
        if (reader.Read())
        {
            throw new JsonException("The stored document holds more than one JSON value.");
        }

        return new StoreItem(json, eTag);
    }

    /// <summary>
    /// The same document with another ETag (e.g. the one a storage gave it when writing it), held as UTF-8 that owes
    /// nothing to the caller's <see cref="System.Text.Json.JsonDocument"/>, so a storage may keep it.
    /// </summary>
    public StoreItem WithETag(string? eTag) => new(Utf8, eTag);

    /// <summary>UTF-8 JSON this runtime wrote itself (a serialized state document): no need to check it again.</summary>
    internal static StoreItem FromOwnUtf8(byte[] json, string? eTag) => new(json, eTag);

    public static StoreItem From<T>(T value, string? eTag = null) =>
        new(JsonSerializer.SerializeToUtf8Bytes(value, Schema.BotJson.Options), eTag);

    public T? As<T>() => JsonSerializer.Deserialize<T>(Utf8.Span, Schema.BotJson.Options);

    private static JsonElement Parse(ReadOnlySpan<byte> json)
    {
        var reader = new Utf8JsonReader(json);
        return JsonElement.ParseValue(ref reader);
    }
}
