namespace BotRuntime.Cards.Expressions;

internal static partial class StandardFunctions
{
    private static void AddMath(Action<ExpressionFunction, string[]> add)
    {
        add(new ExpressionFunction("+", ReturnType.String | ReturnType.Number, ArgumentEvaluation.ApplySequenceWithError(Add, ArgumentChecks.NumberOrStringOrNull), ExpressionValidation.Arity(2, int.MaxValue, ReturnType.String | ReturnType.Number)), ["add"]);
        add(Numeric("-", (left, right) => JsNumber.ToNumber(left) - JsNumber.ToNumber(right)), ["sub"]);
        add(Numeric("*", (left, right) => JsNumber.ToNumber(left) * JsNumber.ToNumber(right)), ["mul"]);
        add(Numeric("/", Divide, CheckDivisor), ["div"]);
        add(Numeric("^", Power, ArgumentChecks.NumberOrNumericList), ["exp"]);
        add(new ExpressionFunction("%", ReturnType.Number, ArgumentEvaluation.ApplyWithError(Modulo, ArgumentChecks.Integer), ExpressionValidation.BinaryNumber), ["mod"]);
        add(new ExpressionFunction("min", ReturnType.Number, ArgumentEvaluation.Apply(arguments => Extreme(arguments, double.PositiveInfinity, Math.Min), ArgumentChecks.NumberOrNumericList), ExpressionValidation.AtLeastOne), []);
        add(new ExpressionFunction("max", ReturnType.Number, ArgumentEvaluation.Apply(arguments => Extreme(arguments, double.NegativeInfinity, Math.Max), ArgumentChecks.NumberOrNumericList), ExpressionValidation.AtLeastOne), []);
        add(new ExpressionFunction("round", ReturnType.Number, ArgumentEvaluation.ApplyWithError(Round, ArgumentChecks.Number), ExpressionValidation.UnaryOrBinaryNumber), []);
        add(NumberTransform("floor", Math.Floor), []);
        add(NumberTransform("ceiling", Math.Ceiling), []);
        add(NumberTransform("abs", Math.Abs), []);
        add(new ExpressionFunction("sum", ReturnType.Number, ArgumentEvaluation.Apply(arguments => Sum((List<object?>)arguments[0]!), ArgumentChecks.NumericList), ExpressionValidation.Order([], ReturnType.Array)), []);
        add(new ExpressionFunction("average", ReturnType.Number, ArgumentEvaluation.Apply(arguments => Sum((List<object?>)arguments[0]!) / ((List<object?>)arguments[0]!).Count, ArgumentChecks.NumericList), ExpressionValidation.Unary), []);
    }

    private static ExpressionFunction Numeric(string type, Func<object?, object?, object?> function, ArgumentCheck? check = null) =>
        new(type, ReturnType.Number, ArgumentEvaluation.ApplySequence(function, check ?? ArgumentChecks.Number), ExpressionValidation.TwoOrMoreNumbers);

    private static ExpressionFunction NumberTransform(string type, Func<double, double> function) =>
        new(type, ReturnType.Number, ArgumentEvaluation.Apply(arguments => function((double)arguments[0]!), ArgumentChecks.Number), ExpressionValidation.UnaryNumber);

    private static EvaluationResult Add(object? left, object? right)
    {
        var leftIsNumber = JsNumber.IsNumber(left);
        var rightIsNumber = JsNumber.IsNumber(right);
        if ((JsValue.IsNullish(left) && rightIsNumber) || (JsValue.IsNullish(right) && leftIsNumber))
        {
            return EvaluationResult.Fail("Operator '+' or add cannot be applied to operands of type 'number' and null object.");
        }

        if (leftIsNumber && rightIsNumber)
        {
            return EvaluationResult.Of((double)left! + (double)right!);
        }

        var leftText = JsValue.IsNullish(left) ? "" : JsValue.ToText(left);
        var rightText = JsValue.IsNullish(right) ? "" : JsValue.ToText(right);
        return EvaluationResult.Of(leftText + rightText);
    }

    private static string? CheckDivisor(object? value, Expression argument, int position) =>
        ArgumentChecks.Number(value, argument, position)
        ?? (position > 0 && (double)value! == 0 ? $"Cannot divide by 0 from {argument}" : null);

    /// <summary>Integer operands divide as integers, as adaptive-expressions' <c>div</c> does.</summary>
    private static object? Divide(object? left, object? right)
    {
        var quotient = JsNumber.ToNumber(left) / JsNumber.ToNumber(right);
        return JsNumber.IsInteger(left) && JsNumber.IsInteger(right) ? Math.Floor(quotient) : quotient;
    }

    private static object? Power(object? left, object? right)
    {
        var (number, exponent) = (JsNumber.ToNumber(left), JsNumber.ToNumber(right));
        return Math.Abs(number) == 1 && double.IsInfinity(exponent) ? double.NaN : Math.Pow(number, exponent);
    }

    private static EvaluationResult Modulo(List<object?> arguments) =>
        JsNumber.ToNumber(arguments[1]) == 0
            ? EvaluationResult.Fail("Cannot mod by 0.")
            : EvaluationResult.Of((double)arguments[0]! % (double)arguments[1]!);

    private static double Extreme(List<object?> arguments, double seed, Func<double, double, double> pick)
    {
        var result = seed;
        foreach (var argument in arguments)
        {
            result = argument is List<object?> list
                ? list.Aggregate(result, (soFar, item) => pick(soFar, (double)item!))
                : pick(result, (double)argument!);
        }

        return result;
    }

    private static EvaluationResult Round(List<object?> arguments)
    {
        if (arguments.Count == 2 && !JsNumber.IsInteger(arguments[1]))
        {
            return EvaluationResult.Fail($"The second parameter {JsValue.ToText(arguments[1])} must be an integer.");
        }

        var digits = arguments.Count == 2 ? (double)arguments[1]! : 0;
        if (digits is < 0 or > 15)
        {
            return EvaluationResult.Fail($"The second parameter {JsValue.ToText(arguments[1])} must be an integer between 0 and 15;");
        }

        var scale = Math.Pow(10, digits);
        return EvaluationResult.Of(JsRound((double)arguments[0]! * scale) / scale);
    }

    private static double Sum(List<object?> list) =>
        list.Count == 0
            ? throw new ScriptException("Reduce of empty array with no initial value")
            : list.Skip(1).Aggregate((double)list[0]!, (soFar, item) => soFar + (double)item!);
}
