using System.Text.Json;
using BotRuntime.Cards.Expressions;

namespace BotRuntime.Cards;

/// <summary>A node of a parsed template, prepared once and expanded many times (adaptivecards-templating's prepared payload).</summary>
internal abstract class TemplateNode
{
    /// <summary>The expanded value: <c>null</c> for nothing, <see cref="JsUndefined"/> for a value to omit.</summary>
    public abstract object? Expand(TemplateScope scope);

    public static TemplateNode Prepare(JsonElement element) => element.ValueKind switch
    {
        JsonValueKind.Object => TemplateObject.Parse(element),
        JsonValueKind.Array => new TemplateArray(element.EnumerateArray().Select(Prepare).ToArray()),
        JsonValueKind.String when InterpolatedText.ContainsBinding(element.GetString()!) => TemplateBinding.Parse(element.GetString()!),
        _ => new TemplateLiteral(JsJson.FromElement(element)),
    };
}
