namespace BotRuntime.Dialogs;

public sealed record DialogTurnResult(DialogTurnStatus Status, object? Result = null);
