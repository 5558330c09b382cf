using System.Collections.Frozen;

namespace BotRuntime.Cards.Expressions;

/// <summary>
/// The adaptive-expressions prebuilt functions this engine implements, with the aliases the JavaScript library
/// registers (<c>add</c> for <c>+</c>, <c>equals</c> for <c>==</c>, <c>??</c> for <c>coalesce</c>, …).
/// </summary>
internal static partial class StandardFunctions
{
    private static readonly FrozenDictionary<string, ExpressionFunction> Functions = BuildTable();

    /// <summary>Every name adaptive-expressions 4.23 registers; those not implemented here are refused at parse time.</summary>
    private static readonly FrozenSet<string> AdaptiveExpressionsNames = new[]
    {
        "abs", "Accessor", "+", "addDays", "addHours", "addMinutes", "addOrdinal", "addProperty", "addSeconds", "addToTime", "all",
        "&&", "any", "average", "base64", "base64ToBinary", "base64ToString", "binary", "bool", "ceiling", "coalesce", "concat",
        "contains", "convertFromUTC", "convertToUTC", "count", "countWord", "createArray", "dataUri", "dataUriToBinary",
        "dataUriToString", "date", "dateReadBack", "dateTimeDiff", "dayOfMonth", "dayOfWeek", "dayOfYear", "/", "Element", "empty",
        "endsWith", "EOL", "==", "exists", "flatten", "first", "float", "floor", "foreach", "formatDateTime", "formatEpoch",
        "formatNumber", "formatTicks", "getFutureTime", "getNextViableDate", "getNextViableTime", "getPastTime",
        "getPreviousViableDate", "getPreviousViableTime", "getProperty", "getTimeOfDay", ">", ">=", "if", "ignore", "indexOf",
        "indicesAndValues", "int", "intersection", "isArray", "isBoolean", "isDate", "isDateRange", "isDateTime", "isDefinite",
        "isDuration", "isFloat", "isInteger", "isMatch", "isObject", "isPresent", "isString", "isTime", "isTimeRange", "join",
        "jPath", "json", "jsonStringify", "last", "lastIndexOf", "length", "<", "<=", "max", "merge", "min", "%", "month", "*",
        "newGuid", "!", "!=", "optional", "||", "^", "rand", "range", "removeProperty", "replace", "replaceIgnoreCase", "reverse",
        "round", "select", "sentenceCase", "setPathToValue", "setProperty", "skip", "sortBy", "sortByDescending", "split", "sqrt",
        "startOfDay", "startOfHour", "startOfMonth", "startsWith", "string", "stringOrValue", "subArray", "substring", "-",
        "subtractFromTime", "sum", "take", "ticks", "ticksToDays", "ticksToHours", "ticksToMinutes", "resolve", "titleCase",
        "toLower", "toUpper", "trim", "union", "unique", "uriComponent", "uriComponentToString", "uriHost", "uriPath",
        "uriPathAndQuery", "uriPort", "uriQuery", "uriScheme", "utcNow", "where", "xml", "xPath", "year", "add", "mul", "div",
        "sub", "exp", "mod", "and", "equals", "greater", "greaterOrEquals", "less", "lessOrEquals", "not", "or", "&", "??",
    }.ToFrozenSet(StringComparer.Ordinal);

    /// <summary>
    /// The function for <paramref name="name"/>; an unknown name gets a function that fails when evaluated (as the
    /// templating engine's lookup does), a known adaptive-expressions function this engine lacks is refused.
    /// </summary>
    public static ExpressionFunction Lookup(string name)
    {
        if (Functions.TryGetValue(name, out var function))
        {
            return function;
        }

        if (AdaptiveExpressionsNames.Contains(name))
        {
            throw new CardTemplateException(
                $"The expression function '{name}' is not supported by this templating engine; format the value in the card data instead.");
        }

        return ExpressionFunction.Unknown(name);
    }

    private static FrozenDictionary<string, ExpressionFunction> BuildTable()
    {
        var table = new Dictionary<string, ExpressionFunction>(StringComparer.Ordinal);

        void Add(ExpressionFunction function, params string[] aliases)
        {
            table.Add(function.Type, function);
            foreach (var alias in aliases)
            {
                table.Add(alias, function);
            }
        }

        AddAccess(Add);
        AddLogic(Add);
        AddMath(Add);
        AddStrings(Add);
        AddConversions(Add);
        AddCollections(Add);
        return table.ToFrozenDictionary(StringComparer.Ordinal);
    }

    /// <summary>adaptive-expressions' <c>determineLocale</c>: the last argument when all of them are given and it is a string.</summary>
    private static string DetermineLocale(List<object?> arguments, int maximumCount, string locale) =>
        arguments.Count == maximumCount && arguments[maximumCount - 1] is string given ? given : locale;

    /// <summary>adaptive-expressions' <c>ComparisonEvaluator</c>: arguments without null substitution, and an argument error makes the result false.</summary>
    private static ExpressionEvaluator Comparison(Func<List<object?>, bool> function, ArgumentCheck? check = null) =>
        (expression, state, _) =>
        {
            var (arguments, error) = ArgumentEvaluation.EvaluateChildren(expression, state, EvaluationOptions.WithoutSubstitution, check);
            if (error is not null)
            {
                return EvaluationResult.Of(false);
            }

            try
            {
                return EvaluationResult.Of(function(arguments));
            }
            catch (ScriptException exception)
            {
                return EvaluationResult.Fail(false, exception.Message);
            }
        };

    /// <summary>JavaScript's <c>Math.round</c>: halves round toward positive infinity.</summary>
    private static double JsRound(double value)
    {
        if (!double.IsFinite(value) || value == 0)
        {
            return value;
        }

        var floor = Math.Floor(value);
        var rounded = value - floor >= 0.5 ? floor + 1 : floor;
        return rounded == 0 && value < 0 ? -0d : rounded;
    }
}
