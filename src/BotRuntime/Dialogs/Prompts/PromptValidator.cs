namespace BotRuntime.Dialogs.Prompts;

// Returns true to accept the answer. A validator may send its own message; then the retry prompt is not sent.
public delegate Task<bool> PromptValidator<T>(PromptValidatorContext<T> promptContext, CancellationToken cancellationToken);
