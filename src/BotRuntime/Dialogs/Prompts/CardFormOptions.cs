using System.Text.Json.Nodes;
using BotRuntime.Schema;

namespace BotRuntime.Dialogs.Prompts;

// Kept in dialog state as JSON between turns.
public class CardFormOptions
{
    // Sent with the card (its text, speak, etc.); the card is added as an attachment.
    public Activity? Prompt { get; set; }

    // Sent with the card again when the user types instead of submitting; defaults to the vocabulary's hint.
    public Activity? TextHint { get; set; }

    // Values to show in the inputs the first time, by input id.
    public IDictionary<string, string>? Values { get; set; }

    // Anything the card builder or validator needs, kept with the prompt.
    public JsonNode? Data { get; set; }

    // After this many rejected submits the prompt ends with a TooManyAttempts result.
    public int? MaxAttempts { get; set; }
}
