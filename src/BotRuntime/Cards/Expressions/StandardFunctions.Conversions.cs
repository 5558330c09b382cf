namespace BotRuntime.Cards.Expressions;

internal static partial class StandardFunctions
{
    private static void AddConversions(Action<ExpressionFunction, string[]> add)
    {
        add(new ExpressionFunction("string", ReturnType.String, ArgumentEvaluation.ApplyWithOptions(ToText), ExpressionValidation.Order([ReturnType.String], ReturnType.Object)), []);
        add(new ExpressionFunction("int", ReturnType.Number, ArgumentEvaluation.ApplyWithError(arguments => ParseNumber(arguments[0], JsNumber.ParseInt, number => JsNumber.ParseInt(JsNumber.ToString(number)))), ExpressionValidation.Unary), []);
        add(new ExpressionFunction("float", ReturnType.Number, ArgumentEvaluation.ApplyWithError(arguments => ParseNumber(arguments[0], JsNumber.ParseFloat, number => number)), ExpressionValidation.Unary), []);
        add(new ExpressionFunction("formatNumber", ReturnType.String, ArgumentEvaluation.ApplyWithOptionsAndError(FormatNumber), ExpressionValidation.Order([ReturnType.String], ReturnType.Number, ReturnType.Number)), []);
        add(new ExpressionFunction("json", ReturnType.Object, ArgumentEvaluation.Apply(arguments => ParseJson(arguments[0])), ExpressionValidation.Order([], ReturnType.String)), []);
        add(new ExpressionFunction("jsonStringify", ReturnType.String, ArgumentEvaluation.Apply(arguments => JsJson.Stringify(arguments[0]) ?? (object)JsUndefined.Value), ExpressionValidation.Unary), []);
        add(TypeTest("isString", value => value is string), []);
        add(TypeTest("isInteger", JsNumber.IsInteger), []);
        add(TypeTest("isFloat", value => JsNumber.IsNumber(value) && !JsNumber.IsInteger(value)), []);
        add(TypeTest("isArray", value => value is List<object?>), []);
        add(TypeTest("isObject", JsValue.IsTypeofObject), []);
        add(TypeTest("isBoolean", value => value is bool), []);
    }

    private static ExpressionFunction TypeTest(string type, Func<object?, bool> test) =>
        new(type, ReturnType.Boolean, ArgumentEvaluation.Apply(arguments => test(arguments[0])), ExpressionValidation.Unary);

    /// <summary>
    /// adaptive-expressions' <c>string()</c>: numbers are written with the locale's thousands separators and as many
    /// decimals as JavaScript prints (<c>string(1234.5)</c> is <c>1,234.5</c>); objects as JSON.
    /// </summary>
    private static object? ToText(List<object?> arguments, EvaluationOptions options)
    {
        var locale = DetermineLocale(arguments, 2, options.Locale);
        var value = arguments[0];
        if (value is string text)
        {
            return text;
        }

        if (JsNumber.IsNumber(value))
        {
            var printed = JsNumber.ToString((double)value!);
            var dot = printed.IndexOf('.');
            var precision = dot < 0 ? 0 : printed.Length - dot - 1;
            return GroupedNumberFormat.ForLocale(locale).Format((double)value!, precision);
        }

        return JsValue.CommonStringify(value);
    }

    private static EvaluationResult ParseNumber(object? value, Func<string, double> parse, Func<double, double> convert)
    {
        if (value is string text)
        {
            var parsed = parse(text);
            return double.IsNaN(parsed)
                ? EvaluationResult.Fail($"parameter {text} is not a valid number string.")
                : EvaluationResult.Of(parsed);
        }

        return JsNumber.IsNumber(value) ? EvaluationResult.Of(convert((double)value!)) : EvaluationResult.Of(JsUndefined.Value);
    }

    /// <summary>adaptive-expressions' <c>formatNumber(number, precision, locale?)</c>, formatted by d3-format's <c>,.{precision}f</c>.</summary>
    private static EvaluationResult FormatNumber(List<object?> arguments, EvaluationOptions options)
    {
        var locale = DetermineLocale(arguments, 3, options.Locale);
        if (!JsNumber.IsNumber(arguments[0]))
        {
            return EvaluationResult.Fail(null, $"formatNumber first argument {JsValue.ToText(arguments[0])} must be a number");
        }

        if (!JsNumber.IsNumber(arguments[1]))
        {
            return EvaluationResult.Fail(null, $"formatNumber second argument {JsValue.ToText(arguments[1])} must be a number");
        }

        var precision = (double)arguments[1]!;
        if (!JsNumber.IsInteger(precision) || precision < 0 || precision >= 1e21)
        {
            return EvaluationResult.Fail(null, $"invalid format: ,.{JsNumber.ToString(precision)}f");
        }

        var scale = Math.Pow(10, precision);
        var rounded = JsRound((double)arguments[0]! * scale) / scale;
        return EvaluationResult.Of(GroupedNumberFormat.ForLocale(locale).Format(rounded, (int)Math.Min(precision, 20)));
    }

    private static object? ParseJson(object? value) => value is string text
        ? JsJson.Parse(JsNumber.Trim(text))
        : throw new ScriptException($"{JsValue.ToText(value)}.trim is not a function");
}
