using BotRuntime.Cards.Expressions;

namespace BotRuntime.Cards;

/// <summary>The template variables at one point of an expansion: <c>$root</c>, <c>$data</c>, <c>$index</c> and <c>$host</c>.</summary>
internal readonly record struct TemplateScope(object? Root, object? Data, object? Index, object? Host)
{
    public IValueMemory Memory => new TemplateMemory(Root, Data, Index, Host);
}
