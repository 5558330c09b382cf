using System.Text.Json.Nodes;

namespace BotRuntime.Dialogs.Prompts;

public sealed class PromptValidatorContext<T>
{
    internal PromptValidatorContext(ITurnContext context, PromptRecognizerResult<T> recognized, JsonObject state, PromptOptions options, int attemptCount)
    {
        Context = context;
        Recognized = recognized;
        State = state;
        Options = options;
        AttemptCount = attemptCount;
    }

    public ITurnContext Context { get; }

    public PromptRecognizerResult<T> Recognized { get; }

    // The prompt's own state for this instance (JSON, kept between turns).
    public JsonObject State { get; }

    public PromptOptions Options { get; }

    // Answers received so far, this one included.
    public int AttemptCount { get; }
}
