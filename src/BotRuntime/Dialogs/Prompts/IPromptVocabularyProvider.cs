namespace BotRuntime.Dialogs.Prompts;

public interface IPromptVocabularyProvider
{
    PromptVocabulary GetVocabulary(string? locale);
}
