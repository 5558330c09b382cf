using System.Text.Json;
using System.Text.Json.Serialization;

namespace BotRuntime.Schema;

/// <summary>An entity of any type (mention, clientInfo, ...); its fields beyond <c>type</c> stay in <see cref="Properties"/>.</summary>
public class Entity
{
    public Entity()
    {
    }

    public Entity(string type) => Type = type;

    public string? Type { get; set; }

    [JsonExtensionData]
    public Dictionary<string, JsonElement>? Properties { get; set; }

    /// <summary>Reads this entity as a typed shape, e.g. a clientInfo record.</summary>
    public T? GetAs<T>() => JsonSerializer.SerializeToElement(this, BotJson.Options).Deserialize<T>(BotJson.Options);

    public static Entity From<T>(T value)
    {
        var element = JsonSerializer.SerializeToElement(value, BotJson.Options);
        return element.Deserialize<Entity>(BotJson.Options) ?? new Entity();
    }

    /// <summary>A deep copy (see <see cref="SchemaCopy"/>).</summary>
    public Entity Copy()
    {
        var copy = (Entity)MemberwiseClone();
        copy.Properties = SchemaCopy.Of(Properties);
        return copy;
    }
}
