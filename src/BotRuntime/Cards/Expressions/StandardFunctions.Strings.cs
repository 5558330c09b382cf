using System.Globalization;
using System.Text;

namespace BotRuntime.Cards.Expressions;

internal static partial class StandardFunctions
{
    private static readonly CultureInfo Turkish = CultureInfo.GetCultureInfo("tr-TR");

    private static void AddStrings(Action<ExpressionFunction, string[]> add)
    {
        add(new ExpressionFunction(Expression.ConcatType, ReturnType.String | ReturnType.Array, ArgumentEvaluation.ApplySequence(Concat), ExpressionValidation.AtLeastOne), ["&"]);
        add(new ExpressionFunction("length", ReturnType.Number, ArgumentEvaluation.Apply(arguments => (double)TextOrEmpty(arguments[0]).Length, ArgumentChecks.StringOrNull), ExpressionValidation.UnaryString), []);
        add(StringTransform("toUpper", (text, locale) => ToUpper(text, locale), ExpressionValidation.UnaryOrBinaryString), []);
        add(StringTransform("toLower", (text, locale) => ToLower(text, locale), ExpressionValidation.UnaryOrBinaryString), []);
        add(StringTransform("trim", (text, _) => JsNumber.Trim(text), ExpressionValidation.UnaryString), []);
        add(new ExpressionFunction("startsWith", ReturnType.Boolean, ArgumentEvaluation.Apply(arguments => TextOrEmpty(arguments[0]).StartsWith(TextOrEmpty(arguments[1]), StringComparison.Ordinal), ArgumentChecks.StringOrNull), ExpressionValidation.Arity(2, 2, ReturnType.String)), []);
        add(new ExpressionFunction("endsWith", ReturnType.Boolean, ArgumentEvaluation.Apply(arguments => TextOrEmpty(arguments[0]).EndsWith(TextOrEmpty(arguments[1]), StringComparison.Ordinal), ArgumentChecks.StringOrNull), ExpressionValidation.Arity(2, 2, ReturnType.String)), []);
        add(new ExpressionFunction("contains", ReturnType.Boolean, Contains, ExpressionValidation.Binary), []);
        add(new ExpressionFunction("substring", ReturnType.String, Substring, ExpressionValidation.Order([ReturnType.Number], ReturnType.String, ReturnType.Number)), []);
        add(new ExpressionFunction("replace", ReturnType.String, ArgumentEvaluation.ApplyWithError(Replace, ArgumentChecks.StringOrNull), ExpressionValidation.Arity(3, 3, ReturnType.String)), []);
        add(new ExpressionFunction("split", ReturnType.Array, ArgumentEvaluation.Apply(Split, ArgumentChecks.StringOrNull), ExpressionValidation.Arity(1, 2, ReturnType.String)), []);
        add(new ExpressionFunction("indexOf", ReturnType.Number, (expression, state, options) => IndexOf(expression, state, options, last: false), ExpressionValidation.Order([], ReturnType.String | ReturnType.Array, ReturnType.Object)), []);
        add(new ExpressionFunction("lastIndexOf", ReturnType.Number, (expression, state, options) => IndexOf(expression, state, options, last: true), ExpressionValidation.Order([], ReturnType.String | ReturnType.Array, ReturnType.Object)), []);
        add(new ExpressionFunction("join", ReturnType.String, Join, ExpressionValidation.Order([ReturnType.String], ReturnType.Array, ReturnType.String)), []);
        add(new ExpressionFunction("addOrdinal", ReturnType.String, ArgumentEvaluation.Apply(arguments => AddOrdinal((double)arguments[0]!), ArgumentChecks.Integer), ExpressionValidation.Arity(1, 1, ReturnType.Number)), []);
    }

    /// <summary>adaptive-expressions' <c>parseStringOrUndefined</c>.</summary>
    private static string TextOrEmpty(object? value) => value as string ?? "";

    private static ExpressionFunction StringTransform(string type, Func<string, string, string> transform, Action<Expression> validate) =>
        new(type, ReturnType.String, ArgumentEvaluation.ApplyWithOptions(
            (arguments, options) => arguments[0] is string or JsUndefined
                ? transform(TextOrEmpty(arguments[0]), DetermineLocale(arguments, 2, options.Locale))
                : JsUndefined.Value,
            ArgumentChecks.StringOrNull), validate);

    private static object? Concat(object? left, object? right)
    {
        if (JsValue.IsNullish(left) && JsValue.IsNullish(right))
        {
            return JsUndefined.Value;
        }

        if (JsValue.IsNullish(left) && right is List<object?>)
        {
            return right;
        }

        if (JsValue.IsNullish(right) && left is List<object?>)
        {
            return left;
        }

        if (left is List<object?> leftList && right is List<object?> rightList)
        {
            return leftList.Concat(rightList).ToList();
        }

        return JsValue.CommonStringify(left) + JsValue.CommonStringify(right);
    }

    /// <summary><c>toLocaleUpperCase</c>, including the special casings a Latin-script card can meet.</summary>
    private static string ToUpper(string text, string locale)
    {
        if (locale.StartsWith("tr", StringComparison.OrdinalIgnoreCase) || locale.StartsWith("az", StringComparison.OrdinalIgnoreCase))
        {
            return text.ToUpper(Turkish);
        }

        var upper = text.ToUpperInvariant();
        if (upper.AsSpan().IndexOfAny("ßﬀﬁﬂﬃﬄﬅﬆ") < 0)
        {
            return upper;
        }

        return upper.Replace("ß", "SS", StringComparison.Ordinal)
            .Replace("ﬀ", "FF", StringComparison.Ordinal).Replace("ﬁ", "FI", StringComparison.Ordinal)
            .Replace("ﬂ", "FL", StringComparison.Ordinal).Replace("ﬃ", "FFI", StringComparison.Ordinal)
            .Replace("ﬄ", "FFL", StringComparison.Ordinal).Replace("ﬅ", "ST", StringComparison.Ordinal)
            .Replace("ﬆ", "ST", StringComparison.Ordinal);
    }

    /// <summary><c>toLocaleLowerCase</c>, including <c>İ</c> and the final sigma.</summary>
    private static string ToLower(string text, string locale)
    {
        if (locale.StartsWith("tr", StringComparison.OrdinalIgnoreCase) || locale.StartsWith("az", StringComparison.OrdinalIgnoreCase))
        {
            return text.ToLower(Turkish);
        }

        if (text.AsSpan().IndexOfAny("İΣ") < 0)
        {
            return text.ToLowerInvariant();
        }

        var builder = new StringBuilder(text.Length + 1);
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            if (c == 'İ')
            {
                builder.Append("i\u0307");
            }
            else if (c == 'Σ')
            {
                var final = i > 0 && char.IsLetter(text[i - 1]) && (i + 1 == text.Length || !char.IsLetter(text[i + 1]));
                builder.Append(final ? 'ς' : 'σ');
            }
            else
            {
                builder.Append(char.ToLowerInvariant(c));
            }
        }

        return builder.ToString();
    }

    private static EvaluationResult Contains(Expression expression, IValueMemory state, EvaluationOptions options)
    {
        var (arguments, error) = ArgumentEvaluation.EvaluateChildren(expression, state, options);
        if (error is not null)
        {
            return EvaluationResult.Of(false);
        }

        var (container, item) = (arguments[0], arguments[1]);
        var found = container switch
        {
            string text when item is string part => text.Contains(part, StringComparison.Ordinal),
            List<object?> list => list.Any(element => JsValue.CommonEquals(element, item)),
            _ => item is string property && MemoryPath.PropertyOf(container, property) is not JsUndefined,
        };
        return EvaluationResult.Of(found);
    }

    private static EvaluationResult Substring(Expression expression, IValueMemory state, EvaluationOptions options)
    {
        var evaluated = expression.Children[0].Evaluate(state, options);
        if (evaluated.Failed)
        {
            return evaluated;
        }

        if (evaluated.Value is JsUndefined)
        {
            return EvaluationResult.Of("");
        }

        if (evaluated.Value is not string text)
        {
            return EvaluationResult.Fail($"{expression.Children[0]} is neither a string nor a null object.");
        }

        var startExpression = expression.Children[1];
        var start = startExpression.Evaluate(state, options);
        if (start.Failed)
        {
            return start;
        }

        if (!JsNumber.IsInteger(start.Value))
        {
            return EvaluationResult.Fail($"{startExpression} is not an integer.");
        }

        var from = (double)start.Value!;
        if (from < 0 || from > text.Length)
        {
            return EvaluationResult.Fail($"{startExpression}={JsValue.ToText(start.Value)} which is out of range for {text}");
        }

        double length = text.Length - from;
        if (expression.Children.Count == 3)
        {
            var lengthExpression = expression.Children[2];
            var given = lengthExpression.Evaluate(state, options);
            if (given.Failed)
            {
                return given;
            }

            if (!JsNumber.IsInteger(given.Value))
            {
                return EvaluationResult.Fail($"{lengthExpression} is not an integer");
            }

            length = (double)given.Value!;
            if (length < 0 || from + length > text.Length)
            {
                return EvaluationResult.Fail($"{lengthExpression}={JsValue.ToText(given.Value)} which is out of range for {text}");
            }
        }

        return EvaluationResult.Of(text.Substring((int)from, (int)length));
    }

    private static EvaluationResult Replace(List<object?> arguments)
    {
        var oldValue = TextOrEmpty(arguments[1]);
        if (oldValue.Length == 0)
        {
            return EvaluationResult.Fail($"{JsValue.ToText(arguments[1])} should be a string with length at least 1");
        }

        return EvaluationResult.Of(TextOrEmpty(arguments[0]).Replace(oldValue, TextOrEmpty(arguments[2]), StringComparison.Ordinal));
    }

    private static object? Split(List<object?> arguments)
    {
        var text = TextOrEmpty(arguments[0]);
        var separator = arguments.Count > 1 && !JsValue.IsFalsy(arguments[1]) ? TextOrEmpty(arguments[1]) : "";
        if (separator.Length > 0)
        {
            return text.Split(separator).Cast<object?>().ToList();
        }

        return text.Select(c => (object?)c.ToString()).ToList();
    }

    private static EvaluationResult IndexOf(Expression expression, IValueMemory state, EvaluationOptions options, bool last)
    {
        var (arguments, error) = ArgumentEvaluation.EvaluateChildren(expression, state, options);
        if (error is not null)
        {
            return EvaluationResult.Fail(-1d, error);
        }

        var (container, item) = (arguments[0], arguments[1]);
        if (JsValue.IsNullish(container) || container is string)
        {
            if (item is not (JsUndefined or string))
            {
                return EvaluationResult.Fail(-1d, $"Can only look for indexof string in {expression}");
            }

            var text = TextOrEmpty(container);
            var part = TextOrEmpty(item);
            return EvaluationResult.Of((double)(last ? LastIndexOf(text, part) : text.IndexOf(part, StringComparison.Ordinal)));
        }

        if (container is List<object?> list)
        {
            var index = last
                ? list.FindLastIndex(element => JsValue.StrictEquals(element, item))
                : list.FindIndex(element => JsValue.StrictEquals(element, item));
            return EvaluationResult.Of((double)index);
        }

        return EvaluationResult.Fail(-1d, $"{expression} works only on string or list.");
    }

    /// <summary><c>text.lastIndexOf(part, text.length - 1)</c>.</summary>
    private static int LastIndexOf(string text, string part)
    {
        var from = Math.Min(Math.Max(text.Length - 1, 0), text.Length - part.Length);
        for (var i = from; i >= 0; i--)
        {
            if (string.CompareOrdinal(text, i, part, 0, part.Length) == 0)
            {
                return i;
            }
        }

        return -1;
    }

    private static EvaluationResult Join(Expression expression, IValueMemory state, EvaluationOptions options)
    {
        var (arguments, error) = ArgumentEvaluation.EvaluateChildren(expression, state, options);
        if (error is not null)
        {
            return EvaluationResult.Fail(error);
        }

        if (arguments[0] is not List<object?> list)
        {
            return EvaluationResult.Fail($"{expression.Children[0]} evaluates to {JsValue.ToText(arguments[0])} which is not a list.");
        }

        static string Separator(object? value) => value is JsUndefined ? "," : JsValue.ToText(value);

        if (arguments.Count == 2)
        {
            return EvaluationResult.Of(JsValue.Join(list, Separator(arguments[1])));
        }

        if (list.Count < 3)
        {
            return EvaluationResult.Of(JsValue.Join(list, Separator(arguments[2])));
        }

        var head = JsValue.Join(list.GetRange(0, list.Count - 1), Separator(arguments[1]));
        return EvaluationResult.Of(head + JsValue.ToText(arguments[2]) + JsValue.ToText(list[^1]));
    }

    private static string AddOrdinal(double number)
    {
        var text = JsNumber.ToString(number);
        if (number <= 0)
        {
            return text;
        }

        if (number % 100 is 11 or 12 or 13)
        {
            return text + "th";
        }

        return text + (number % 10) switch
        {
            1 => "st",
            2 => "nd",
            3 => "rd",
            _ => "th",
        };
    }
}
