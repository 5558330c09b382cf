using System.Text;
using BotRuntime.Cards.Expressions;

namespace BotRuntime.Cards;

/// <summary>
/// A string with <c>${…}</c> bindings. A string that is exactly one binding keeps the value's type; any other string
/// is interpolated, and a binding that fails there stays in the text as <c>${…}</c>. As in adaptivecards-templating,
/// a binding whose expression is itself a <c>concat</c> (<c>${concat(a, b)}</c>, <c>${a &amp; b}</c>) is interpolated
/// the same way, argument by argument.
/// </summary>
internal sealed class TemplateBinding : TemplateValue
{
    private readonly Expression expression;
    private readonly string source;

    private TemplateBinding(Expression expression, string source)
    {
        this.expression = expression;
        this.source = source;
    }

    public static TemplateBinding Parse(string text)
    {
        var concat = InterpolatedText.Parse(text);
        var children = concat.Children;
        return children.Count == 2 && children[0] is Constant { Value: "" } && children[1] is not Constant
            ? new TemplateBinding(children[1], text)
            : new TemplateBinding(concat, text);
    }

    public override object? Expand(TemplateScope scope) => Evaluate(scope);

    /// <summary>Evaluates with undefined paths substituted by <c>${path}</c>; a failing whole-value binding throws, as in JavaScript.</summary>
    public object? Evaluate(TemplateScope scope)
    {
        var memory = scope.Memory;
        if (expression.Type == Expression.ConcatType)
        {
            return Interpolate(memory);
        }

        EvaluationResult result;
        try
        {
            result = expression.TryEvaluate(memory, EvaluationOptions.WithSubstitution);
        }
        catch (ScriptException exception)
        {
            throw Failure(exception.Message, exception);
        }

        if (result.IsBroken)
        {
            throw Failure("the expression returned no result");
        }

        return result.Failed ? throw Failure(result.Error!) : result.Value;
    }

    /// <summary>A <c>$when</c> condition: true only when the binding evaluates, without substitution, to the boolean <c>true</c>.</summary>
    public bool IsTrue(TemplateScope scope)
    {
        EvaluationResult result;
        try
        {
            result = expression.TryEvaluate(scope.Memory, EvaluationOptions.WithoutSubstitution);
        }
        catch (ScriptException exception)
        {
            throw Failure(exception.Message, exception);
        }

        if (result.IsBroken)
        {
            throw Failure("the expression returned no result");
        }

        return !result.Failed && result.Value is true;
    }

    private string Interpolate(IValueMemory memory)
    {
        var text = new StringBuilder();
        foreach (var child in expression.Children)
        {
            EvaluationResult result;
            try
            {
                result = child.TryEvaluate(memory, EvaluationOptions.WithSubstitution);
            }
            catch (ScriptException exception)
            {
                result = EvaluationResult.Fail(exception.Message);
            }

            if (result.IsBroken)
            {
                throw Failure($"'${{{child}}}' returned no result");
            }

            var value = result.Failed ? "${" + child + "}" : result.Value;
            if (JsValue.IsNullish(value))
            {
                throw Failure($"'${{{child}}}' is {JsValue.ToText(value)}, which adaptivecards-templating cannot put into text");
            }

            text.Append(JsValue.ToText(value));
        }

        return text.ToString();
    }

    private CardTemplateException Failure(string reason, Exception? inner = null)
    {
        var message = $"Binding \"{source}\" failed: {reason}";
        return inner is null ? new CardTemplateException(message) : new CardTemplateException(message, inner);
    }
}
