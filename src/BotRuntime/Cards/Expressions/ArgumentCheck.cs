namespace BotRuntime.Cards.Expressions;

/// <summary>An adaptive-expressions <c>verify</c> callback: the error for an evaluated argument, or <c>null</c>.</summary>
internal delegate string? ArgumentCheck(object? value, Expression argument, int position);
