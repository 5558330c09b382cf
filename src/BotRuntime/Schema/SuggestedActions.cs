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
}
