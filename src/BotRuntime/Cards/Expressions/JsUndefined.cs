namespace BotRuntime.Cards.Expressions;

/// <summary>JavaScript's <c>undefined</c>; C# <c>null</c> stands for JavaScript's <c>null</c>.</summary>
internal sealed class JsUndefined
{
    public static readonly JsUndefined Value = new();

    private JsUndefined()
    {
    }

    public override string ToString() => "undefined";
}
