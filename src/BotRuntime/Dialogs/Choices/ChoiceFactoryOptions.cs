namespace BotRuntime.Dialogs.Choices;

// How choices are joined in text ("(1) Red, (2) Green, or (3) Blue"); the words come from the prompt's vocabulary.
public sealed record ChoiceFactoryOptions(string InlineSeparator, string InlineOr, string InlineOrMore, bool IncludeNumbers = true);
