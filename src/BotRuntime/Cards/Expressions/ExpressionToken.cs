namespace BotRuntime.Cards.Expressions;

internal readonly record struct ExpressionToken(ExpressionTokenKind Kind, string Text, int Position);
