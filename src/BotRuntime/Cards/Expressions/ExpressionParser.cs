using System.Globalization;
using System.Text;
using System.Text.RegularExpressions;

namespace BotRuntime.Cards.Expressions;

/// <summary>
/// Parses an adaptive expression with the precedences of adaptive-expressions' ANTLR grammar and builds it as its
/// <c>ExpressionTransformer</c> does (aliases resolved, unary minus as <c>0 - x</c>, validation on construction).
/// </summary>
internal sealed partial class ExpressionParser
{
    private readonly List<ExpressionToken> tokens;
    private readonly string source;
    private int position;

    private ExpressionParser(string source)
    {
        this.source = source;
        tokens = ExpressionLexer.Tokenize(source);
    }

    public static Expression Parse(string text)
    {
        if (text.StartsWith('='))
        {
            text = text[1..];
        }

        if (text.Length == 0)
        {
            return new Constant("");
        }

        var parser = new ExpressionParser(text);
        var expression = parser.ParseExpression(0);
        parser.Expect(ExpressionTokenKind.End);
        return expression;
    }

    private ExpressionToken Current => tokens[position];

    private ExpressionToken Peek(int offset) => tokens[Math.Min(position + offset, tokens.Count - 1)];

    private Expression ParseExpression(int minimumPrecedence)
    {
        Expression left;
        if (Current.Kind is ExpressionTokenKind.Not or ExpressionTokenKind.Minus or ExpressionTokenKind.Plus)
        {
            var operation = Advance().Text;
            var operand = ParseExpression(12);
            left = operation == "!"
                ? Make(operation, operand)
                : Make(operation, new Constant(0d), operand);
        }
        else
        {
            left = ParsePrimary();
        }

        while (true)
        {
            var kind = Current.Kind;
            var (precedence, rightPrecedence) = BinaryPrecedence(kind);
            if (precedence < 0 || precedence < minimumPrecedence)
            {
                return left;
            }

            var operation = Advance().Text;
            if (kind == ExpressionTokenKind.QuestionMark)
            {
                var whenTrue = ParseExpression(0);
                Expect(ExpressionTokenKind.Colon);
                var whenFalse = ParseExpression(rightPrecedence);
                left = Make("if", left, whenTrue, whenFalse);
                continue;
            }

            var right = ParseExpression(rightPrecedence);
            left = Make(operation, left, right);
        }
    }

    private static (int Precedence, int RightPrecedence) BinaryPrecedence(ExpressionTokenKind kind) => kind switch
    {
        ExpressionTokenKind.Xor => (11, 11),
        ExpressionTokenKind.Asterisk or ExpressionTokenKind.Slash or ExpressionTokenKind.Percent => (10, 11),
        ExpressionTokenKind.Plus or ExpressionTokenKind.Minus => (9, 10),
        ExpressionTokenKind.DoubleEqual or ExpressionTokenKind.NotEqual => (8, 9),
        ExpressionTokenKind.SingleAnd => (7, 8),
        ExpressionTokenKind.LessThan or ExpressionTokenKind.LessOrEqual or ExpressionTokenKind.MoreThan or ExpressionTokenKind.MoreOrEqual => (6, 7),
        ExpressionTokenKind.DoubleAnd => (5, 6),
        ExpressionTokenKind.DoubleOr => (4, 5),
        ExpressionTokenKind.NullCoalesce => (3, 4),
        ExpressionTokenKind.QuestionMark => (2, 3),
        _ => (-1, -1),
    };

    private Expression ParsePrimary()
    {
        var start = position;
        var left = ParseAtom();
        while (true)
        {
            switch (Current.Kind)
            {
                case ExpressionTokenKind.Dot:
                    Advance();
                    var member = Expect(ExpressionTokenKind.Identifier);
                    left = Make(Expression.AccessorType, new Constant(member.Text), left);
                    break;
                case ExpressionTokenKind.OpenParenthesis:
                case ExpressionTokenKind.Not when Peek(1).Kind == ExpressionTokenKind.OpenParenthesis:
                    var name = TokenText(start, position);
                    if (Current.Kind == ExpressionTokenKind.Not)
                    {
                        name += Advance().Text;
                    }

                    Advance();
                    var arguments = ParseArguments(ExpressionTokenKind.CloseParenthesis);
                    left = Make(name, arguments);
                    break;
                case ExpressionTokenKind.OpenSquare:
                    Advance();
                    var index = ParseExpression(0);
                    Expect(ExpressionTokenKind.CloseSquare);
                    left = Make(Expression.ElementType, left, index);
                    break;
                default:
                    return left;
            }
        }
    }

    private Expression ParseAtom()
    {
        var token = Advance();
        switch (token.Kind)
        {
            case ExpressionTokenKind.OpenParenthesis:
                var inner = ParseExpression(0);
                Expect(ExpressionTokenKind.CloseParenthesis);
                return inner;
            case ExpressionTokenKind.OpenSquare:
                return Make("createArray", ParseArguments(ExpressionTokenKind.CloseSquare));
            case ExpressionTokenKind.OpenCurly:
                return ParseObjectLiteral();
            case ExpressionTokenKind.Number:
                return new Constant(double.Parse(token.Text, NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture));
            case ExpressionTokenKind.String:
                return new Constant(Unescape(token.Text));
            case ExpressionTokenKind.Identifier:
                return token.Text switch
                {
                    "false" => new Constant(false),
                    "true" => new Constant(true),
                    "null" => new Constant(null),
                    "undefined" => new Constant(JsUndefined.Value),
                    _ => Make(Expression.AccessorType, new Constant(token.Text)),
                };
            default:
                throw SyntaxError(token);
        }
    }

    private Expression ParseObjectLiteral()
    {
        var result = Make("json", new Constant("{}"));
        var startsWithPair = Current.Kind is ExpressionTokenKind.Identifier or ExpressionTokenKind.String
            && Peek(1).Kind == ExpressionTokenKind.Colon;
        if (startsWithPair)
        {
            do
            {
                var key = Advance();
                if (key.Kind is not (ExpressionTokenKind.Identifier or ExpressionTokenKind.String))
                {
                    throw SyntaxError(key);
                }

                Expect(ExpressionTokenKind.Colon);
                var value = ParseExpression(0);
                var name = key.Kind == ExpressionTokenKind.Identifier ? key.Text : key.Text[1..^1];
                result = Make("setProperty", result, new Constant(name), value);
            }
            while (TryConsume(ExpressionTokenKind.Comma));
        }
        else if (Current.Kind != ExpressionTokenKind.CloseCurly)
        {
            ParseExpression(0);
        }

        Expect(ExpressionTokenKind.CloseCurly);
        return result;
    }

    private Expression[] ParseArguments(ExpressionTokenKind close)
    {
        var arguments = new List<Expression>();
        if (TryConsume(close))
        {
            return [.. arguments];
        }

        do
        {
            if (Current.Kind == ExpressionTokenKind.Identifier && Peek(1).Kind == ExpressionTokenKind.Arrow)
            {
                var iterator = Advance();
                Advance();
                arguments.Add(Make(Expression.AccessorType, new Constant(iterator.Text)));
            }

            arguments.Add(ParseExpression(0));
        }
        while (TryConsume(ExpressionTokenKind.Comma));

        Expect(close);
        return [.. arguments];
    }

    private static Expression Make(string name, params Expression[] children) =>
        Expression.Make(StandardFunctions.Lookup(name), children);

    private static string Unescape(string literal)
    {
        var quote = literal[0];
        var body = literal[1..^1].Replace("\\" + quote, quote.ToString(), StringComparison.Ordinal);
        return EscapeSequence().Replace(body, match => match.Value switch
        {
            "\\r" => "\r",
            "\\n" => "\n",
            "\\t" => "\t",
            "\\\\" => "\\",
            _ => match.Value,
        });
    }

    private string TokenText(int from, int to)
    {
        var builder = new StringBuilder();
        for (var i = from; i < to; i++)
        {
            builder.Append(tokens[i].Text);
        }

        return builder.ToString();
    }

    private ExpressionToken Advance()
    {
        var token = tokens[position];
        if (position < tokens.Count - 1)
        {
            position++;
        }

        return token;
    }

    private bool TryConsume(ExpressionTokenKind kind)
    {
        if (Current.Kind != kind)
        {
            return false;
        }

        Advance();
        return true;
    }

    private ExpressionToken Expect(ExpressionTokenKind kind) =>
        Current.Kind == kind ? Advance() : throw SyntaxError(Current);

    private CardTemplateException SyntaxError(ExpressionToken token) =>
        new($"Syntax error at position {token.Position} of expression '{source}': unexpected {(token.Kind == ExpressionTokenKind.End ? "end" : $"'{token.Text}'")}.");

    [GeneratedRegex(@"\\[^\r\n]?")]
    private static partial Regex EscapeSequence();
}
