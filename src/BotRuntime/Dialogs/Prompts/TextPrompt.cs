using System.Text.Json.Nodes;

namespace BotRuntime.Dialogs.Prompts;

// Any typed text. A card submit (value, no text) is not an answer: the validator still sees it (through
// Context.Activity.Value) with Recognized.Succeeded false, and without a validator the prompt asks again.
public class TextPrompt : Prompt<string>
{
    public TextPrompt(string dialogId, PromptValidator<string>? validator = null)
        : base(dialogId, validator)
    {
    }

    protected override Task<PromptRecognizerResult<string>> OnRecognizeAsync(ITurnContext turnContext, JsonObject state, PromptOptions options, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(turnContext);
        var text = turnContext.Activity.Text;
        return Task.FromResult(string.IsNullOrWhiteSpace(text)
            ? PromptRecognizerResult<string>.Failed
            : PromptRecognizerResult<string>.Success(text));
    }
}
