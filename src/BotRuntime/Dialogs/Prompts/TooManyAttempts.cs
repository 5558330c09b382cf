namespace BotRuntime.Dialogs.Prompts;

// The result a prompt ends with when the user's answers failed MaxAttempts times; the calling step decides what to say.
public sealed record TooManyAttempts(string PromptId, int AttemptCount);
