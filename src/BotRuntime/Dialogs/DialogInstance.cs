using System.Text.Json.Nodes;
using System.Text.Json.Serialization;

namespace BotRuntime.Dialogs;

// One entry of the dialog stack. State is JSON so that whatever a dialog keeps survives storage unchanged.
public sealed class DialogInstance
{
    public DialogInstance()
    {
    }

    public DialogInstance(string id) => Id = id;

    [JsonPropertyName("id")]
    public string Id { get; set; } = string.Empty;

    [JsonPropertyName("state")]
    public JsonObject State { get; set; } = [];
}
