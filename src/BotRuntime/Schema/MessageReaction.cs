using System.Text.Json;
using System.Text.Json.Serialization;

namespace BotRuntime.Schema;

public class MessageReaction
{
    public string? Type { get; set; }

    [JsonExtensionData]
    public Dictionary<string, JsonElement>? Properties { get; set; }

    /// <summary>A deep copy (see <see cref="SchemaCopy"/>).</summary>
    public MessageReaction Copy()
    {
        var copy = (MessageReaction)MemberwiseClone();
        copy.Properties = SchemaCopy.Of(Properties);
        return copy;
    }
}
