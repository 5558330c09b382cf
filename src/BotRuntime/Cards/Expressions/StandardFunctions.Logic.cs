namespace BotRuntime.Cards.Expressions;

internal static partial class StandardFunctions
{
    private static void AddLogic(Action<ExpressionFunction, string[]> add)
    {
        add(new ExpressionFunction("&&", ReturnType.Boolean, And, ExpressionValidation.AtLeastOne), ["and"]);
        add(new ExpressionFunction("||", ReturnType.Boolean, Or, ExpressionValidation.AtLeastOne), ["or"]);
        add(new ExpressionFunction("!", ReturnType.Boolean, Not, ExpressionValidation.Unary), ["not"]);
        add(new ExpressionFunction("==", ReturnType.Boolean, Comparison(arguments => JsValue.CommonEquals(arguments[0], arguments[1])), ExpressionValidation.Binary), ["equals"]);
        add(new ExpressionFunction("!=", ReturnType.Boolean, Comparison(arguments => !JsValue.CommonEquals(arguments[0], arguments[1])), ExpressionValidation.Binary), []);
        add(new ExpressionFunction("<", ReturnType.Boolean, Comparison(Ordering(order => order < 0), ArgumentChecks.NotNull), ExpressionValidation.Binary), ["less"]);
        add(new ExpressionFunction("<=", ReturnType.Boolean, Comparison(Ordering(order => order <= 0), ArgumentChecks.NotNull), ExpressionValidation.Binary), ["lessOrEquals"]);
        add(new ExpressionFunction(">", ReturnType.Boolean, Comparison(Ordering(order => order > 0), ArgumentChecks.NotNull), ExpressionValidation.Binary), ["greater"]);
        add(new ExpressionFunction(">=", ReturnType.Boolean, Comparison(Ordering(order => order >= 0), ArgumentChecks.NotNull), ExpressionValidation.Binary), ["greaterOrEquals"]);
        add(new ExpressionFunction("exists", ReturnType.Boolean, Comparison(arguments => !JsValue.IsNullish(arguments[0]), ArgumentChecks.NotNull), ExpressionValidation.Unary), []);
        add(new ExpressionFunction("empty", ReturnType.Boolean, Comparison(arguments => IsEmpty(arguments[0]), ArgumentChecks.ContainerOrNull), ExpressionValidation.Unary), []);
        add(new ExpressionFunction("bool", ReturnType.Boolean, Comparison(arguments => ToBoolean(arguments[0])), ExpressionValidation.Unary), []);
    }

    private static EvaluationResult And(Expression expression, IValueMemory state, EvaluationOptions options)
    {
        foreach (var child in expression.Children)
        {
            var result = child.Evaluate(state, EvaluationOptions.WithoutSubstitution);
            if (result.Failed || !JsValue.IsLogicTrue(result.Value))
            {
                return EvaluationResult.Of(false);
            }
        }

        return EvaluationResult.Of(true);
    }

    /// <summary>adaptive-expressions' <c>or</c>: <c>true</c> at the first true operand, otherwise the last operand's value (not <c>false</c>).</summary>
    private static EvaluationResult Or(Expression expression, IValueMemory state, EvaluationOptions options)
    {
        object? last = false;
        foreach (var child in expression.Children)
        {
            var result = child.Evaluate(state, EvaluationOptions.WithoutSubstitution);
            if (!result.Failed && JsValue.IsLogicTrue(result.Value))
            {
                return EvaluationResult.Of(true);
            }

            last = result.Value;
        }

        return EvaluationResult.Of(last);
    }

    private static EvaluationResult Not(Expression expression, IValueMemory state, EvaluationOptions options)
    {
        var result = expression.Children[0].Evaluate(state, EvaluationOptions.WithoutSubstitution);
        return EvaluationResult.Of(result.Failed || !JsValue.IsLogicTrue(result.Value));
    }

    /// <summary>JavaScript's relational operators, defined here for two numbers or two strings (compared by UTF-16 code units).</summary>
    private static Func<List<object?>, bool> Ordering(Func<int, bool> accept) => arguments =>
    {
        var (left, right) = (arguments[0], arguments[1]);
        if (JsNumber.IsNumber(left) && JsNumber.IsNumber(right))
        {
            return accept(((double)left!).CompareTo((double)right!));
        }

        if (left is string leftText && right is string rightText)
        {
            return accept(string.CompareOrdinal(leftText, rightText));
        }

        throw new ScriptException($"{JsValue.ToText(left)} and {JsValue.ToText(right)} must be comparable.");
    };

    private static bool IsEmpty(object? value) => value switch
    {
        null or JsUndefined => true,
        string text => text.Length == 0,
        List<object?> list => list.Count == 0,
        JsObject jsObject => jsObject.Count == 0,
        _ => true,
    };

    private static bool ToBoolean(object? value)
    {
        if (JsNumber.IsNumber(value))
        {
            return (double)value! != 0;
        }

        return !JsValue.ToText(value).Contains("false", StringComparison.OrdinalIgnoreCase) && JsValue.IsLogicTrue(value);
    }
}
