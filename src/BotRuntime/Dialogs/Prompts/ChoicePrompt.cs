using System.Text.Json.Nodes;
using BotRuntime.Dialogs.Choices;
using BotRuntime.Recognizers;

namespace BotRuntime.Dialogs.Prompts;

// One of PromptOptions.Choices, by title, value, synonym, ordinal or number. An answer that fits two choices
// equally well is not taken; the user is asked again.
public class ChoicePrompt : Prompt<FoundChoice>
{
    private readonly IPromptVocabularyProvider vocabulary;

    public ChoicePrompt(string dialogId, PromptValidator<FoundChoice>? validator = null, string? defaultLocale = null, IPromptVocabularyProvider? vocabulary = null)
        : base(dialogId, validator)
    {
        DefaultLocale = defaultLocale;
        this.vocabulary = vocabulary ?? PromptVocabularies.Default;
    }

    public ListStyle Style { get; set; } = ListStyle.Auto;

    public bool IncludeNumbers { get; set; } = true;

    public ChoiceRecognizerOptions RecognizerOptions { get; set; } = ChoiceRecognizerOptions.Default;

    protected override async Task OnPromptAsync(ITurnContext turnContext, JsonObject state, PromptOptions options, bool isRetry, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(turnContext);
        ArgumentNullException.ThrowIfNull(options);
        var words = vocabulary.GetVocabulary(Culture(turnContext));
        var prompt = isRetry && options.RetryPrompt is not null ? options.RetryPrompt : options.Prompt;
        var activity = AppendChoices(prompt, turnContext, [.. options.Choices ?? []], options.Style ?? Style, words.ChoiceOptions(IncludeNumbers));
        await turnContext.SendActivityAsync(activity, cancellationToken).ConfigureAwait(false);
    }

    protected override Task<PromptRecognizerResult<FoundChoice>> OnRecognizeAsync(ITurnContext turnContext, JsonObject state, PromptOptions options, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(turnContext);
        ArgumentNullException.ThrowIfNull(options);
        var results = ChoiceRecognizer.Recognize(turnContext.Activity.Text, [.. options.Choices ?? []], Culture(turnContext), RecognizerOptions);
        if (results.Count == 0)
        {
            return Task.FromResult(PromptRecognizerResult<FoundChoice>.Failed);
        }

        var best = results[0].Value;
        var tied = results.Skip(1).Any(r => r.Value.Index != best.Index && r.Value.Score >= best.Score);
        return Task.FromResult(tied ? PromptRecognizerResult<FoundChoice>.Failed : PromptRecognizerResult<FoundChoice>.Success(best));
    }
}
