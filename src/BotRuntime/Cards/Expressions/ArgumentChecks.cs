namespace BotRuntime.Cards.Expressions;

/// <summary>adaptive-expressions' <c>FunctionUtils.verify*</c> checks.</summary>
internal static class ArgumentChecks
{
    public static readonly ArgumentCheck Number = (value, argument, _) =>
        JsNumber.IsNumber(value) ? null : $"{argument} is not a number.";

    public static readonly ArgumentCheck NumericList = (value, argument, _) =>
        value is not List<object?> list ? $"{argument} is not a list."
        : list.All(JsNumber.IsNumber) ? null
        : $"{JsValue.ToText(list.First(item => !JsNumber.IsNumber(item)))} is not a number in {argument}.";

    public static readonly ArgumentCheck NumberOrNumericList = (value, argument, position) =>
        JsNumber.IsNumber(value) ? null
        : value is List<object?> ? NumericList(value, argument, position)
        : $"{argument} is neither a list nor a number.";

    /// <summary>Strings, arrays and objects, including <c>null</c> (whose <c>typeof</c> is <c>'object'</c>).</summary>
    public static readonly ArgumentCheck Container = (value, argument, _) =>
        value is string || JsValue.IsTypeofObject(value) ? null : $"{argument} must be a string, list, map or object.";

    public static readonly ArgumentCheck ContainerOrNull = (value, argument, _) =>
        JsValue.IsNullish(value) || value is string || JsValue.IsTypeofObject(value) ? null : $"{argument} must be a string, list, map or object.";

    public static readonly ArgumentCheck NotNull = (value, argument, _) =>
        JsValue.IsNullish(value) ? $"{argument} is null." : null;

    public static readonly ArgumentCheck Integer = (value, argument, _) =>
        JsNumber.IsInteger(value) ? null : $"{argument} is not a integer.";

    /// <summary>A string or <c>undefined</c> (but not <c>null</c>).</summary>
    public static readonly ArgumentCheck StringOrNull = (value, argument, _) =>
        value is string or JsUndefined ? null : $"{argument} is neither a string nor a null object.";

    /// <summary>A string, a number or <c>undefined</c> (but not <c>null</c>).</summary>
    public static readonly ArgumentCheck NumberOrStringOrNull = (value, argument, _) =>
        value is string or JsUndefined || JsNumber.IsNumber(value) ? null : $"{argument} is neither a number nor string";
}
