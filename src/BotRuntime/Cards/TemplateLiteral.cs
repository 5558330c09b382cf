using System.Text.Json;
using BotRuntime.Cards.Expressions;

namespace BotRuntime.Cards;

/// <summary>A string without bindings, a number, a boolean or null: expands to itself.</summary>
internal sealed class TemplateLiteral(object? value) : TemplateValue
{
    // Most literals are strings ("TextBlock", "Bolder", …): encoded once (and boxed once) here, not on every expansion.
    private readonly object? written = value is string text ? Encode(text) : value;

    public object? Value { get; } = value;

    public bool IsTruthy => !JsValue.IsFalsy(Value);

    public override object? Expand(TemplateScope scope) => written;
}
