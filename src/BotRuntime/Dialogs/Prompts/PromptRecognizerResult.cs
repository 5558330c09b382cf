namespace BotRuntime.Dialogs.Prompts;

public sealed record PromptRecognizerResult<T>(bool Succeeded, T? Value = default)
{
    public static PromptRecognizerResult<T> Failed { get; } = new(false);

    public static PromptRecognizerResult<T> Success(T value) => new(true, value);
}
