using System.Text.Json.Nodes;
using BotRuntime.Dialogs.Choices;
using BotRuntime.Recognizers;
using BotRuntime.Schema;

namespace BotRuntime.Dialogs.Prompts;

// Kept in dialog state as JSON between turns.
public class PromptOptions
{
    public Activity? Prompt { get; set; }

    // Sent after an answer that was not recognized or not valid; defaults to Prompt.
    public Activity? RetryPrompt { get; set; }

    public IList<Choice>? Choices { get; set; }

    public ListStyle? Style { get; set; }

    // Anything the validator needs (limits, patterns), kept with the prompt.
    public JsonNode? Validations { get; set; }

    // After this many failed answers the prompt ends with a TooManyAttempts result; overrides the prompt's own setting.
    public int? MaxAttempts { get; set; }
}
