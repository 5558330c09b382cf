namespace BotRuntime.Cards.Expressions;

/// <summary>An exception JavaScript would throw (rather than return as an evaluation error) at this point.</summary>
internal sealed class ScriptException(string message) : Exception(message);
