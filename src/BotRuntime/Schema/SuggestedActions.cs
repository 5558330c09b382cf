using System.Text.Json;
using System.Text.Json.Serialization;

namespace BotRuntime.Schema;

public class SuggestedActions
{
    /// <summary>Recipient ids the actions are shown to; empty means everyone.</summary>
    public IList<string>? To { get; set; }

    public IList<CardAction>? Actions { get; set; }

    [JsonExtensionData]
    public Dictionary<string, JsonElement>? Properties { get; set; }

    /// <summary>A deep copy (see <see cref="SchemaCopy"/>).</summary>
    public SuggestedActions Copy()
    {
        var copy = (SuggestedActions)MemberwiseClone();
        copy.To = SchemaCopy.Of(To);
        copy.Actions = SchemaCopy.Of(Actions, a => a.Copy());
        copy.Properties = SchemaCopy.Of(Properties);
        return copy;
    }
}
