namespace BotRuntime.Cards.Expressions;

internal static partial class StandardFunctions
{
    private static void AddAccess(Action<ExpressionFunction, string[]> add)
    {
        add(new ExpressionFunction(Expression.AccessorType, ReturnType.Object, AccessorExpression.Evaluate, ExpressionValidation.Accessor), []);
        add(new ExpressionFunction(Expression.ElementType, ReturnType.Object, Element, ExpressionValidation.Binary), []);
        add(new ExpressionFunction("if", ReturnType.Object, If, ExpressionValidation.Arity(3, 3)), []);
    }

    /// <summary>adaptive-expressions' <c>Element</c> (<c>a[i]</c>); on an argument error it returns <c>undefined</c>, which callers trip over.</summary>
    private static EvaluationResult Element(Expression expression, IValueMemory state, EvaluationOptions options)
    {
        var instance = expression.Children[0].Evaluate(state, options);
        if (instance.Failed)
        {
            return EvaluationResult.Broken;
        }

        var index = expression.Children[1].Evaluate(state, EvaluationOptions.WithoutSubstitution);
        if (index.Failed)
        {
            return EvaluationResult.Broken;
        }

        if (JsNumber.IsInteger(index.Value))
        {
            return ElementAt(instance.Value, (double)index.Value!);
        }

        if (index.Value is string property)
        {
            return EvaluationResult.Of(MemoryPath.PropertyOf(instance.Value, property));
        }

        return EvaluationResult.Fail($"Could not coerce {expression.Children[1]} to an int or string.");
    }

    /// <summary>adaptive-expressions' <c>accessIndex</c>.</summary>
    private static EvaluationResult ElementAt(object? instance, double index)
    {
        if (JsValue.IsNullish(instance))
        {
            return EvaluationResult.Of(JsUndefined.Value);
        }

        if (instance is List<object?> list)
        {
            return index >= 0 && index < list.Count
                ? EvaluationResult.Of(list[(int)index])
                : EvaluationResult.Fail($"{JsNumber.ToString(index)} is out of range for {JsValue.ToText(list)}");
        }

        return EvaluationResult.Fail($"{JsValue.ToText(instance)} is not a collection.");
    }

    private static EvaluationResult If(Expression expression, IValueMemory state, EvaluationOptions options)
    {
        var condition = expression.Children[0].Evaluate(state, EvaluationOptions.WithoutSubstitution);
        return !condition.Failed && JsValue.IsLogicTrue(condition.Value)
            ? expression.Children[1].Evaluate(state, options)
            : expression.Children[2].Evaluate(state, options);
    }
}
