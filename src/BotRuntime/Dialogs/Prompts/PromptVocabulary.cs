using BotRuntime.Dialogs.Choices;

namespace BotRuntime.Dialogs.Prompts;

// The few words prompts themselves show: the labels of a confirm prompt, how inline choices are joined,
// and the hint sent when someone types while a card form waits for its submit.
public sealed record PromptVocabulary(string Yes, string No, string InlineSeparator, string InlineOr, string InlineOrMore, string CardFormTextHint)
{
    public ChoiceFactoryOptions ChoiceOptions(bool includeNumbers = true) => new(InlineSeparator, InlineOr, InlineOrMore, includeNumbers);
}
