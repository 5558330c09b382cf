using System.Text.Json;

namespace BotRuntime.Schema;

/// <summary>
/// Deep copies of the schema's objects without a trip through JSON. Every mutable part (nested objects, lists,
/// unknown-field dictionaries) is copied; strings and <see cref="JsonElement"/> values are immutable and are shared.
/// </summary>
internal static class SchemaCopy
{
    public static Dictionary<string, JsonElement>? Of(Dictionary<string, JsonElement>? properties) =>
        properties is null ? null : new Dictionary<string, JsonElement>(properties, properties.Comparer);

    public static IList<T>? Of<T>(IList<T>? items, Func<T, T> copy) where T : class
    {
        if (items is null)
        {
            return null;
        }

        var copies = new List<T>(items.Count);
        foreach (var item in items)
        {
            copies.Add(item is null ? item! : copy(item));
        }

        return copies;
    }

    public static IList<string>? Of(IList<string>? items) => items is null ? null : new List<string>(items);
}
