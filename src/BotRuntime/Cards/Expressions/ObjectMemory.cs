namespace BotRuntime.Cards.Expressions;

/// <summary>adaptive-expressions' <c>SimpleObjectMemory</c> over one value.</summary>
internal sealed class ObjectMemory(object? scope) : IValueMemory
{
    public object? GetValue(MemoryPath path) =>
        scope is JsUndefined || path.Text.Length == 0 ? JsUndefined.Value : MemoryPath.Walk(scope, path.Parts);
}
