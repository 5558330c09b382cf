using System.Text;

namespace BotRuntime.Cards.Expressions;

/// <summary>
/// Parses a template string as adaptive-cards-templating does, by reading <c>`text`</c> as an adaptive-expressions
/// string interpolation: text runs, the escapes <c>\$</c> and <c>\`</c>, and <c>${…}</c> bindings, each binding parsed
/// as an expression. The result is a <c>concat</c> whose first child is the empty string, as in adaptive-expressions.
/// </summary>
internal static class InterpolatedText
{
    public static bool ContainsBinding(string text) => text.Contains("${", StringComparison.Ordinal);

    public static Expression Parse(string text)
    {
        var children = new List<Expression> { new Constant("") };
        var run = new StringBuilder();

        void FlushRun()
        {
            if (run.Length > 0)
            {
                children.Add(new Constant(run.ToString()));
                run.Clear();
            }
        }

        var i = 0;
        while (i < text.Length)
        {
            var c = text[i];
            if (c == '`')
            {
                throw new CardTemplateException(
                    $"A backtick in a string with a binding ends the interpolation early (escape it as \\`): \"{text}\"");
            }

            if (c == '\\' && i + 1 == text.Length)
            {
                throw new CardTemplateException(
                    $"A string with a binding cannot end with a backslash (it would escape the end of the interpolation): \"{text}\"");
            }

            if (c == '\\' && i + 1 < text.Length && text[i + 1] is '$' or '`')
            {
                FlushRun();
                children.Add(new Constant(text[i + 1].ToString()));
                i += 2;
                continue;
            }

            if (c == '$' && TemplateTokenMatcher.Match(text, i) is var end and > 0)
            {
                FlushRun();
                children.Add(ExpressionParser.Parse(TrimBinding(text[i..end])));
                i = end;
                continue;
            }

            run.Append(c);
            i++;
        }

        FlushRun();
        return Expression.Make(StandardFunctions.Lookup(Expression.ConcatType), [.. children]);
    }

    /// <summary>adaptive-expressions' <c>trimExpression</c>: <c>${ x }</c> becomes <c>x</c>.</summary>
    private static string TrimBinding(string binding)
    {
        var result = JsNumber.Trim(binding);
        if (result.StartsWith('$'))
        {
            result = result[1..];
        }

        result = JsNumber.Trim(result);
        if (result.StartsWith('{') && result.EndsWith('}'))
        {
            result = result[1..^1];
        }

        return JsNumber.Trim(result);
    }
}
