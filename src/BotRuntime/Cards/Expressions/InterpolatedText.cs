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

            if (c == '$' && MatchTemplate(text, i) is var end and > 0)
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

    /// <summary>
    /// The end (exclusive) of the longest <c>TEMPLATE : '$' '{' (STRING | OBJECT_DEFINITION | ~[\r\n{}'"`])+ '}'</c>
    /// starting at <paramref name="start"/>, or -1.
    /// </summary>
    private static int MatchTemplate(string text, int start)
    {
        if (start + 1 >= text.Length || text[start + 1] != '{')
        {
            return -1;
        }

        var best = -1;
        foreach (var position in ContentEnds(text, start + 2))
        {
            if (position < text.Length && text[position] == '}')
            {
                best = Math.Max(best, position + 1);
            }
        }

        return best;
    }

    /// <summary>Every position reachable after one or more content items from <paramref name="start"/>.</summary>
    private static SortedSet<int> ContentEnds(string text, int start)
    {
        var reached = new SortedSet<int>();
        var frontier = new SortedSet<int> { start };
        while (frontier.Count > 0)
        {
            var position = frontier.Min;
            frontier.Remove(position);
            if (position >= text.Length)
            {
                continue;
            }

            foreach (var next in ItemEnds(text, position))
            {
                if (reached.Add(next))
                {
                    frontier.Add(next);
                }
            }
        }

        return reached;
    }

    private static IEnumerable<int> ItemEnds(string text, int position)
    {
        var c = text[position];
        if (c is '\'' or '"')
        {
            return StringEnds(text, position);
        }

        if (c == '{')
        {
            return ObjectEnds(text, position);
        }

        return c is '\r' or '\n' or '`' or '}' ? [] : [position + 1];
    }

    /// <summary>Every end of a STRING starting at <paramref name="start"/>, the rule being ambiguous about backslashes.</summary>
    private static List<int> StringEnds(string text, int start)
    {
        var quote = text[start];
        var ends = new List<int>();
        var inside = true;
        var afterBackslash = false;
        for (var i = start + 1; i < text.Length && (inside || afterBackslash); i++)
        {
            var c = text[i];
            var nextInside = false;
            var nextAfterBackslash = false;
            if (afterBackslash && (c == quote || c == '\\'))
            {
                nextInside = true;
            }

            if (inside)
            {
                if (c == quote)
                {
                    ends.Add(i + 1);
                }
                else
                {
                    nextInside = true;
                }

                if (c == '\\')
                {
                    nextAfterBackslash = true;
                }
            }

            (inside, afterBackslash) = (nextInside, nextAfterBackslash);
        }

        return ends;
    }

    /// <summary>
    /// Every end of <c>OBJECT_DEFINITION : '{' ((IDENTIFIER | STRING) ':' (STRING | ~[\r\n{}'"`] | OBJECT_DEFINITION)+)* '}'</c>
    /// (whitespace between pairs is not allowed inside an interpolation).
    /// </summary>
    private static List<int> ObjectEnds(string text, int start)
    {
        var ends = new List<int>();
        var open = start + 1;
        if (open < text.Length && text[open] == '}')
        {
            ends.Add(open + 1);
        }

        var keyEnds = new List<int>();
        if (open < text.Length && IsIdentifierStart(text, open, out var afterStart))
        {
            var j = afterStart;
            while (j < text.Length && (char.IsAsciiLetterOrDigit(text[j]) || text[j] == '_'))
            {
                keyEnds.Add(j);
                j++;
            }

            keyEnds.Add(j);
        }
        else if (open < text.Length && text[open] is '\'' or '"')
        {
            keyEnds.AddRange(StringEnds(text, open));
        }

        foreach (var keyEnd in keyEnds)
        {
            if (keyEnd < text.Length && text[keyEnd] == ':')
            {
                foreach (var valueEnd in ContentEnds(text, keyEnd + 1))
                {
                    if (valueEnd < text.Length && text[valueEnd] == '}')
                    {
                        ends.Add(valueEnd + 1);
                    }
                }
            }
        }

        return ends;
    }

    private static bool IsIdentifierStart(string text, int position, out int after)
    {
        var c = text[position];
        after = position + 1;
        if (c == '@' && position + 1 < text.Length && text[position + 1] == '@')
        {
            after = position + 2;
            return true;
        }

        return char.IsAsciiLetter(c) || c is '_' or '#' or '@' or '$' or '%';
    }
}
