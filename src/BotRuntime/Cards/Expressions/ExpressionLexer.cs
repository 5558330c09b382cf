namespace BotRuntime.Cards.Expressions;

/// <summary>
/// Tokenizes an expression as adaptive-expressions' ANTLR lexer does in its default mode: longest match, the
/// earlier rule on a tie, whitespace and newlines skipped.
/// </summary>
internal static class ExpressionLexer
{
    public static List<ExpressionToken> Tokenize(string text)
    {
        var tokens = new List<ExpressionToken>();
        var i = 0;
        while (i < text.Length)
        {
            var c = text[i];
            if (c is ' ' or '\t' or '\u00a0' or '\ufeff' or '\n')
            {
                i++;
                continue;
            }

            if (c == '\r' && i + 1 < text.Length && text[i + 1] == '\n')
            {
                i += 2;
                continue;
            }

            var (kind, length) = Match(text, i);
            tokens.Add(new ExpressionToken(kind, text.Substring(i, length), i));
            i += length;
        }

        tokens.Add(new ExpressionToken(ExpressionTokenKind.End, "", text.Length));
        return tokens;
    }

    /// <summary>Where a STRING token starting at <paramref name="start"/> ends (exclusive), or -1.</summary>
    /// <remarks>
    /// The rule is <c>'\'' (('\\' ('\'' | '\\')) | ~'\'')*? '\''</c>: a prioritized NFA in which an escape is preferred to
    /// a plain backslash, and once a path closes the string every lower-priority path is dropped.
    /// </remarks>
    public static int MatchString(string text, int start)
    {
        var quote = text[start];
        var states = new List<bool> { false }; // false: inside the string; true: just after an escaping backslash
        var accepted = -1;
        for (var i = start + 1; i < text.Length && states.Count > 0; i++)
        {
            var c = text[i];
            var next = new List<bool>(2);
            foreach (var afterBackslash in states)
            {
                if (afterBackslash)
                {
                    if (c == quote || c == '\\')
                    {
                        AddOnce(next, false);
                    }

                    continue;
                }

                if (c == quote)
                {
                    accepted = i + 1;
                    break;
                }

                if (c == '\\')
                {
                    AddOnce(next, true);
                }

                AddOnce(next, false);
            }

            states = next;
        }

        return accepted;
    }

    private static void AddOnce(List<bool> states, bool state)
    {
        if (!states.Contains(state))
        {
            states.Add(state);
        }
    }

    private static (ExpressionTokenKind Kind, int Length) Match(string text, int i)
    {
        var c = text[i];
        var next = i + 1 < text.Length ? text[i + 1] : '\0';
        switch (c)
        {
            case '+': return (ExpressionTokenKind.Plus, 1);
            case '-': return (ExpressionTokenKind.Minus, 1);
            case '^': return (ExpressionTokenKind.Xor, 1);
            case '*': return (ExpressionTokenKind.Asterisk, 1);
            case '/': return (ExpressionTokenKind.Slash, 1);
            case '(': return (ExpressionTokenKind.OpenParenthesis, 1);
            case ')': return (ExpressionTokenKind.CloseParenthesis, 1);
            case '.': return (ExpressionTokenKind.Dot, 1);
            case '[': return (ExpressionTokenKind.OpenSquare, 1);
            case ']': return (ExpressionTokenKind.CloseSquare, 1);
            case '{': return (ExpressionTokenKind.OpenCurly, 1);
            case '}': return (ExpressionTokenKind.CloseCurly, 1);
            case ',': return (ExpressionTokenKind.Comma, 1);
            case ':': return (ExpressionTokenKind.Colon, 1);
            case '!': return next == '=' ? (ExpressionTokenKind.NotEqual, 2) : (ExpressionTokenKind.Not, 1);
            case '=':
                return next switch
                {
                    '=' => (ExpressionTokenKind.DoubleEqual, 2),
                    '>' => (ExpressionTokenKind.Arrow, 2),
                    _ => (ExpressionTokenKind.Invalid, 1),
                };
            case '<':
                return next switch
                {
                    '=' => (ExpressionTokenKind.LessOrEqual, 2),
                    '>' => (ExpressionTokenKind.NotEqual, 2),
                    _ => (ExpressionTokenKind.LessThan, 1),
                };
            case '>': return next == '=' ? (ExpressionTokenKind.MoreOrEqual, 2) : (ExpressionTokenKind.MoreThan, 1);
            case '&': return next == '&' ? (ExpressionTokenKind.DoubleAnd, 2) : (ExpressionTokenKind.SingleAnd, 1);
            case '|': return next == '|' ? (ExpressionTokenKind.DoubleOr, 2) : (ExpressionTokenKind.Invalid, 1);
            case '?': return next == '?' ? (ExpressionTokenKind.NullCoalesce, 2) : (ExpressionTokenKind.QuestionMark, 1);
            case '\'' or '"':
                var end = MatchString(text, i);
                return end < 0 ? (ExpressionTokenKind.Invalid, 1) : (ExpressionTokenKind.String, end - i);
        }

        if (char.IsAsciiDigit(c))
        {
            var j = i;
            while (j < text.Length && char.IsAsciiDigit(text[j]))
            {
                j++;
            }

            if (j + 1 < text.Length && text[j] == '.' && char.IsAsciiDigit(text[j + 1]))
            {
                j++;
                while (j < text.Length && char.IsAsciiDigit(text[j]))
                {
                    j++;
                }
            }

            return (ExpressionTokenKind.Number, j - i);
        }

        var identifierLength = MatchIdentifier(text, i);
        if (c == '%' && identifierLength <= 1)
        {
            return (ExpressionTokenKind.Percent, 1);
        }

        return identifierLength > 0 ? (ExpressionTokenKind.Identifier, identifierLength) : (ExpressionTokenKind.Invalid, 1);
    }

    /// <summary><c>IDENTIFIER : (LETTER | '_' | '#' | '@' | '@@' | '$' | '%') (LETTER | DIGIT | '_')*</c>.</summary>
    private static int MatchIdentifier(string text, int i)
    {
        var c = text[i];
        int j;
        if (c == '@' && i + 1 < text.Length && text[i + 1] == '@')
        {
            j = i + 2;
        }
        else if (char.IsAsciiLetter(c) || c is '_' or '#' or '@' or '$' or '%')
        {
            j = i + 1;
        }
        else
        {
            return 0;
        }

        while (j < text.Length && (char.IsAsciiLetterOrDigit(text[j]) || text[j] == '_'))
        {
            j++;
        }

        return j - i;
    }
}
