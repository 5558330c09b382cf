namespace BotRuntime.Cards.Expressions;

/// <summary>adaptive-expressions' static return types, checked when an expression is parsed.</summary>
[Flags]
internal enum ReturnType
{
    Boolean = 1,
    Number = 2,
    Object = 4,
    String = 8,
    Array = 16,
}
