namespace BotRuntime.Cards.Expressions;

/// <summary>adaptive-expressions' <c>MemoryInterface</c>: resolves a path such as <c>items[0].name</c>.</summary>
internal interface IValueMemory
{
    /// <summary>The value at <paramref name="path"/>, or <see cref="JsUndefined.Value"/>.</summary>
    object? GetValue(MemoryPath path);
}
