namespace BotRuntime.Cards.Expressions;

/// <summary>adaptive-expressions' <c>evaluateChildren</c> and the <c>apply*</c> evaluator builders.</summary>
internal static class ArgumentEvaluation
{
    public static (List<object?> Arguments, string? Error) EvaluateChildren(
        Expression expression, IValueMemory state, EvaluationOptions options, ArgumentCheck? check = null)
    {
        var arguments = new List<object?>(expression.Children.Count);
        for (var position = 0; position < expression.Children.Count; position++)
        {
            var child = expression.Children[position];
            var result = child.Evaluate(state, options);
            var error = result.Error;
            if (string.IsNullOrEmpty(error) && check is not null)
            {
                error = check(result.Value, child, position);
            }

            if (!string.IsNullOrEmpty(error))
            {
                return (arguments, error);
            }

            arguments.Add(result.Value);
        }

        return (arguments, null);
    }

    public static ExpressionEvaluator Apply(Func<List<object?>, object?> function, ArgumentCheck? check = null) =>
        ApplyWithOptionsAndError((arguments, _) => EvaluationResult.Of(function(arguments)), check);

    public static ExpressionEvaluator ApplyWithOptions(Func<List<object?>, EvaluationOptions, object?> function, ArgumentCheck? check = null) =>
        ApplyWithOptionsAndError((arguments, options) => EvaluationResult.Of(function(arguments, options)), check);

    public static ExpressionEvaluator ApplyWithError(Func<List<object?>, EvaluationResult> function, ArgumentCheck? check = null) =>
        ApplyWithOptionsAndError((arguments, _) => function(arguments), check);

    public static ExpressionEvaluator ApplyWithOptionsAndError(
        Func<List<object?>, EvaluationOptions, EvaluationResult> function, ArgumentCheck? check = null) =>
        (expression, state, options) =>
        {
            var (arguments, error) = EvaluateChildren(expression, state, options, check);
            if (error is not null)
            {
                return EvaluationResult.Fail(error);
            }

            try
            {
                return function(arguments, options);
            }
            catch (ScriptException exception)
            {
                return EvaluationResult.Fail(exception.Message);
            }
        };

    /// <summary>Folds the arguments pairwise from the left, as <c>applySequence</c>.</summary>
    public static ExpressionEvaluator ApplySequence(Func<object?, object?, object?> function, ArgumentCheck? check = null) =>
        Apply(arguments => arguments.Skip(1).Aggregate(arguments[0], function), check);

    public static ExpressionEvaluator ApplySequenceWithError(Func<object?, object?, EvaluationResult> function, ArgumentCheck? check = null) =>
        ApplyWithError(
            arguments =>
            {
                var soFar = arguments[0];
                for (var i = 1; i < arguments.Count; i++)
                {
                    var result = function(soFar, arguments[i]);
                    if (result.Failed)
                    {
                        return result;
                    }

                    soFar = result.Value;
                }

                return EvaluationResult.Of(soFar);
            },
            check);
}
