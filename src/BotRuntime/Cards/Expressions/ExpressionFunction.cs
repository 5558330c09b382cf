namespace BotRuntime.Cards.Expressions;

internal delegate EvaluationResult ExpressionEvaluator(Expression expression, IValueMemory state, EvaluationOptions options);

/// <summary>An adaptive-expressions <c>ExpressionEvaluator</c>: the function's canonical type name, return type, validator and evaluator.</summary>
internal sealed class ExpressionFunction(string type, ReturnType returnType, ExpressionEvaluator evaluate, Action<Expression>? validate = null)
{
    public string Type { get; } = type;

    public ReturnType ReturnType { get; } = returnType;

    public EvaluationResult Evaluate(Expression expression, IValueMemory state, EvaluationOptions options) =>
        evaluate(expression, state, options);

    public void Validate(Expression expression) => validate?.Invoke(expression);

    /// <summary>The templating engine's fallback for names adaptive-expressions does not know: fails when evaluated.</summary>
    public static ExpressionFunction Unknown(string name) =>
        new(name, ReturnType.String, (_, _, _) => throw new ScriptException($"Unknown function {name}"));
}
