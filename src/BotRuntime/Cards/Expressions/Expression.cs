using System.Text;

namespace BotRuntime.Cards.Expressions;

/// <summary>A parsed adaptive expression: a function applied to child expressions.</summary>
internal class Expression
{
    public const string AccessorType = "Accessor";
    public const string ElementType = "Element";
    public const string ConcatType = "concat";
    public const string ConstantType = "Constant";

    public Expression(ExpressionFunction function, IReadOnlyList<Expression> children)
    {
        Function = function;
        Children = children;
    }

    public ExpressionFunction Function { get; }

    public string Type => Function.Type;

    public IReadOnlyList<Expression> Children { get; }

    public virtual ReturnType ReturnType => Function.ReturnType;

    /// <summary>Builds and validates, as adaptive-expressions' <c>Expression.makeExpression</c>.</summary>
    public static Expression Make(ExpressionFunction function, params Expression[] children)
    {
        var expression = function.Type == AccessorType ? new AccessorExpression(function, children) : new Expression(function, children);
        function.Validate(expression);
        return expression;
    }

    /// <summary>The raw evaluator result, which may be <see cref="EvaluationResult.Broken"/>.</summary>
    public EvaluationResult TryEvaluate(IValueMemory state, EvaluationOptions options) => Function.Evaluate(this, state, options);

    /// <summary>Evaluates as a parent evaluator does: destructuring a broken result throws, as in JavaScript.</summary>
    public EvaluationResult Evaluate(IValueMemory state, EvaluationOptions options)
    {
        var result = TryEvaluate(state, options);
        return result.IsBroken
            ? throw new ScriptException("Cannot destructure property 'value' of undefined")
            : result;
    }

    public override string ToString()
    {
        if (Type == AccessorType && Children.Count >= 1 && Children[0] is Constant { Value: string property })
        {
            if (Children.Count == 1)
            {
                return property;
            }

            if (Children.Count == 2)
            {
                return Children[1] + "." + property;
            }
        }
        else if (Type == ElementType && Children.Count == 2)
        {
            return $"{Children[0]}[{Children[1]}]";
        }

        var infix = Type.Length > 0 && !char.IsAsciiLetter(Type[0]) && Children.Count >= 2;
        var builder = new StringBuilder();
        if (!infix)
        {
            builder.Append(Type);
        }

        builder.Append('(');
        for (var i = 0; i < Children.Count; i++)
        {
            if (i > 0)
            {
                builder.Append(infix ? $" {Type} " : ", ");
            }

            builder.Append(Children[i]);
        }

        return builder.Append(')').ToString();
    }
}
