using System.Text.Json.Nodes;
using BotRuntime.Dialogs.Choices;
using BotRuntime.Recognizers;

namespace BotRuntime.Dialogs.Prompts;

// Yes or no: yes/no words of the turn's language, else the shown labels (or their numbers). The labels and
// the way they are joined come from the vocabulary provider.
public class ConfirmPrompt : Prompt<bool>
{
    private readonly IPromptVocabularyProvider vocabulary;

    public ConfirmPrompt(string dialogId, PromptValidator<bool>? validator = null, string? defaultLocale = null, IPromptVocabularyProvider? vocabulary = null)
        : base(dialogId, validator)
    {
        DefaultLocale = defaultLocale;
        this.vocabulary = vocabulary ?? PromptVocabularies.Default;
    }

    public ListStyle Style { get; set; } = ListStyle.Auto;

    public bool IncludeNumbers { get; set; } = true;

    protected override async Task OnPromptAsync(ITurnContext turnContext, JsonObject state, PromptOptions options, bool isRetry, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(turnContext);
        ArgumentNullException.ThrowIfNull(options);
        var words = vocabulary.GetVocabulary(Culture(turnContext));
        var prompt = isRetry && options.RetryPrompt is not null ? options.RetryPrompt : options.Prompt;
        var activity = AppendChoices(prompt, turnContext, Labels(words), options.Style ?? Style, words.ChoiceOptions(IncludeNumbers));
        await turnContext.SendActivityAsync(activity, cancellationToken).ConfigureAwait(false);
    }

    protected override Task<PromptRecognizerResult<bool>> OnRecognizeAsync(ITurnContext turnContext, JsonObject state, PromptOptions options, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(turnContext);
        var text = turnContext.Activity.Text;
        var culture = Culture(turnContext);
        var answers = BooleanRecognizer.Recognize(text, culture);
        if (answers.Count > 0)
        {
            return Task.FromResult(PromptRecognizerResult<bool>.Success(answers[0].Value));
        }

        var labels = Labels(vocabulary.GetVocabulary(culture));
        var picked = ChoiceRecognizer.Recognize(text, labels, culture, new ChoiceRecognizerOptions { RecognizeNumbers = IncludeNumbers, RecognizeOrdinals = false });
        return Task.FromResult(picked.Count > 0
            ? PromptRecognizerResult<bool>.Success(picked[0].Value.Index == 0)
            : PromptRecognizerResult<bool>.Failed);
    }

    private static Choice[] Labels(PromptVocabulary words) => [new Choice(words.Yes), new Choice(words.No)];
}
