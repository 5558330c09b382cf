namespace BotRuntime.Cards.Expressions;

/// <summary>adaptive-expressions' parse-time validators: arity and static argument types.</summary>
internal static class ExpressionValidation
{
    public static Action<Expression> Arity(int minimum, int maximum, ReturnType returnType = ReturnType.Object) =>
        expression =>
        {
            if (expression.Children.Count < minimum)
            {
                throw Invalid($"{expression} should have at least {minimum} children.");
            }

            if (expression.Children.Count > maximum)
            {
                throw Invalid($"{expression} can't have more than {maximum} children.");
            }

            if ((returnType & ReturnType.Object) == 0)
            {
                foreach (var child in expression.Children)
                {
                    CheckType(expression, child, returnType);
                }
            }
        };

    public static Action<Expression> Order(ReturnType[] optional, params ReturnType[] types) =>
        expression =>
        {
            var count = expression.Children.Count;
            if (count < types.Length || count > types.Length + optional.Length)
            {
                throw Invalid(optional.Length == 0
                    ? $"{expression} should have {types.Length} children."
                    : $"{expression} should have between {types.Length} and {types.Length + optional.Length} children.");
            }

            for (var i = 0; i < count; i++)
            {
                var type = i < types.Length ? types[i] : optional[i - types.Length];
                if ((type & ReturnType.Object) == 0)
                {
                    CheckType(expression, expression.Children[i], type);
                }
            }
        };

    public static readonly Action<Expression> Unary = Arity(1, 1);
    public static readonly Action<Expression> Binary = Arity(2, 2);
    public static readonly Action<Expression> AtLeastOne = Arity(1, int.MaxValue);
    public static readonly Action<Expression> UnaryNumber = Arity(1, 1, ReturnType.Number);
    public static readonly Action<Expression> UnaryString = Arity(1, 1, ReturnType.String);
    public static readonly Action<Expression> UnaryOrBinaryString = Arity(1, 2, ReturnType.String);
    public static readonly Action<Expression> UnaryOrBinaryNumber = Arity(1, 2, ReturnType.Number);
    public static readonly Action<Expression> BinaryNumber = Arity(2, 2, ReturnType.Number);
    public static readonly Action<Expression> TwoOrMoreNumbers = Arity(2, int.MaxValue, ReturnType.Number);

    public static void Lambda(Expression expression)
    {
        if (expression.Children.Count != 3)
        {
            throw Invalid($"Lambda expression expect 3 parameters, found {expression.Children.Count}");
        }

        var iterator = expression.Children[1];
        if (!(iterator.Type == Expression.AccessorType && iterator.Children.Count == 1))
        {
            throw Invalid($"Second parameter is not an identifier : {iterator}");
        }
    }

    public static void Accessor(Expression expression)
    {
        var children = expression.Children;
        if (children.Count == 0 || children[0] is not Constant { Value: string })
        {
            throw Invalid($"{expression} must have a string as first argument.");
        }

        if (children.Count > 2)
        {
            throw Invalid($"{expression} has more than 2 children.");
        }

        if (children.Count == 2 && (children[1].ReturnType & ReturnType.Object) == 0)
        {
            throw Invalid($"{expression} must have an object as its second argument.");
        }
    }

    private static void CheckType(Expression expression, Expression child, ReturnType expected)
    {
        if ((child.ReturnType & ReturnType.Object) == 0 && (expected & child.ReturnType) == 0)
        {
            throw Invalid($"{child} is not a {expected} expression in {expression}.");
        }
    }

    private static CardTemplateException Invalid(string message) => new(message);
}
