using System.Text.Json.Serialization;

namespace BotRuntime.Dialogs;

// The dialog stack as kept in conversation state: {"dialogStack":[{"id":…,"state":{…}}]}, index 0 = active dialog.
[JsonConverter(typeof(DialogStateConverter))]
public sealed class DialogState
{
    public const string DefaultPropertyName = "DialogState";

    public DialogState()
    {
    }

    public DialogState(List<DialogInstance> dialogStack) => DialogStack = dialogStack;

    [JsonPropertyName("dialogStack")]
    public List<DialogInstance> DialogStack { get; set; } = [];
}
