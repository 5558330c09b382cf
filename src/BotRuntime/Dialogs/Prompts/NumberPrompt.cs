using System.Numerics;
using System.Text.Json.Nodes;
using BotRuntime.Recognizers;

namespace BotRuntime.Dialogs.Prompts;

// The first number in the answer, read in the turn's culture ("3,5" in fr). For integer types a fraction
// or a value out of range is not recognized.
public class NumberPrompt<T> : Prompt<T>
    where T : struct, INumber<T>
{
    private static readonly bool IsInteger = typeof(T).GetInterfaces()
        .Any(i => i.IsGenericType && i.GetGenericTypeDefinition() == typeof(IBinaryInteger<>));

    public NumberPrompt(string dialogId, PromptValidator<T>? validator = null, string? defaultLocale = null)
        : base(dialogId, validator)
    {
        DefaultLocale = defaultLocale;
    }

    protected override Task<PromptRecognizerResult<T>> OnRecognizeAsync(ITurnContext turnContext, JsonObject state, PromptOptions options, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(turnContext);
        var results = NumberRecognizer.Recognize(turnContext.Activity.Text, Culture(turnContext));
        if (results.Count == 0 || (IsInteger && !decimal.IsInteger(results[0].Value)))
        {
            return Task.FromResult(PromptRecognizerResult<T>.Failed);
        }

        try
        {
            return Task.FromResult(PromptRecognizerResult<T>.Success(T.CreateChecked(results[0].Value)));
        }
        catch (OverflowException)
        {
            return Task.FromResult(PromptRecognizerResult<T>.Failed);
        }
    }
}
