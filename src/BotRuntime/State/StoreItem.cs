using System.Text.Json;

namespace BotRuntime.State;

/// <summary>
/// A stored JSON document with its ETag. When written, <see cref="ETag"/> is the condition:
/// null or "*" overwrites, anything else must equal the stored ETag.
/// </summary>
public sealed record StoreItem(JsonElement Value, string? ETag = null)
{
    public const string AnyETag = "*";

    public static StoreItem From<T>(T value, string? eTag = null) =>
        new(JsonSerializer.SerializeToElement(value, Schema.BotJson.Options), eTag);

    public T? As<T>() => Value.Deserialize<T>(Schema.BotJson.Options);
}
