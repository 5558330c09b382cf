using BotRuntime.Cards.Expressions;

namespace BotRuntime.Cards;

/// <summary>A string without bindings, a number, a boolean or null: expands to itself.</summary>
internal sealed class TemplateLiteral(object? value) : TemplateValue
{
    public object? Value { get; } = value;

    public bool IsTruthy => !JsValue.IsFalsy(Value);

    public override object? Expand(TemplateScope scope) => Value;
}
