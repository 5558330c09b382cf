namespace BotRuntime.Cards.Expressions;

/// <summary>
/// A property access (<c>a.b</c>). Evaluates as adaptive-expressions' <c>Accessor</c>: the chain of accessors and
/// element accesses is accumulated into a path (<c>a.b[0].c</c>) looked up in memory; a missing value is
/// substituted by <c>${path}</c> when the options ask for it.
/// </summary>
internal sealed class AccessorExpression : Expression
{
    private readonly StaticAccess? staticAccess;

    public AccessorExpression(ExpressionFunction function, IReadOnlyList<Expression> children)
        : base(function, children)
    {
        if (children.Count is 1 or 2 && children[0] is Constant && IsStatic(this))
        {
            var accumulated = TryAccumulatePath(this, new ObjectMemory(JsUndefined.Value), EvaluationOptions.WithoutSubstitution);
            staticAccess = accumulated.Error is null ? new StaticAccess(accumulated.Path, accumulated.Left) : null;
        }
    }

    public static EvaluationResult Evaluate(Expression expression, IValueMemory state, EvaluationOptions options)
    {
        var accessor = (AccessorExpression)expression;
        MemoryPath? path;
        Expression? left;
        if (accessor.staticAccess is { } known)
        {
            (path, left) = (known.Path, known.Left);
        }
        else
        {
            var accumulated = TryAccumulatePath(expression, state, options);
            if (accumulated.Error is { } error)
            {
                return EvaluationResult.Fail(error);
            }

            (path, left) = (accumulated.Path, accumulated.Left);
        }

        if (left is null)
        {
            return EvaluationResult.Of(GetValue(state, path, options));
        }

        var scope = left.Evaluate(state, options);
        return scope.Failed ? scope : EvaluationResult.Of(GetValue(new ObjectMemory(scope.Value), path, options));
    }

    /// <summary>adaptive-expressions' <c>wrapGetValue</c>.</summary>
    private static object? GetValue(IValueMemory memory, MemoryPath? path, EvaluationOptions options)
    {
        var value = path is null ? JsUndefined.Value : memory.GetValue(path);
        if (value is not JsUndefined)
        {
            return value;
        }

        return options.SubstituteUndefined ? "${" + (path?.Text ?? "undefined") + "}" : JsUndefined.Value;
    }

    private static bool IsStatic(Expression expression)
    {
        var left = expression;
        while (true)
        {
            if (left.Type == AccessorType)
            {
                if (left.Children.Count < 2)
                {
                    return true;
                }

                left = left.Children[1];
            }
            else if (left.Type == ElementType)
            {
                if (left.Children.Count != 2 || left.Children[1] is not Constant { Value: string or double })
                {
                    return false;
                }

                left = left.Children[0];
            }
            else
            {
                return true;
            }
        }
    }

    /// <summary>adaptive-expressions' <c>tryAccumulatePath</c>.</summary>
    private static (MemoryPath? Path, Expression? Left, string? Error) TryAccumulatePath(
        Expression expression, IValueMemory state, EvaluationOptions options)
    {
        var path = "";
        Expression? left = expression;
        while (left is not null)
        {
            if (left.Type == AccessorType)
            {
                path = JsValue.ToText(((Constant)left.Children[0]).Value) + "." + path;
                left = left.Children.Count == 2 ? left.Children[1] : null;
            }
            else if (left.Type == ElementType)
            {
                var index = left.Children[1].Evaluate(state, options);
                if (index.Failed)
                {
                    return (null, null, index.Error);
                }

                var value = index.Value;
                if (!double.IsNaN(JsNumber.ParseIntAnyRadix(JsValue.ToText(value))))
                {
                    path = $"[{JsValue.ToText(value)}].{path}";
                }
                else if (value is string text)
                {
                    path = $"['{text}'].{path}";
                }
                else
                {
                    return (null, null, $"{left.Children[1]} doesn't return an int or string");
                }

                left = left.Children[0];
            }
            else
            {
                break;
            }
        }

        path = path.TrimEnd('.').Replace(".[", "[", StringComparison.Ordinal);
        return (path.Length == 0 ? null : MemoryPath.Parse(path), left, null);
    }

    /// <summary>The path of a chain whose indices are all literals, accumulated once instead of on each evaluation.</summary>
    private sealed record StaticAccess(MemoryPath? Path, Expression? Left);
}
