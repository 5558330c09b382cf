namespace BotRuntime.Cards.Expressions;

/// <summary>
/// Matches adaptive-expressions' <c>TEMPLATE</c> token (a <c>${…}</c> binding inside an interpolated string) exactly as
/// the ANTLR lexer does:
/// <code>
/// TEMPLATE          : '$' '{' (STRING | OBJECT_DEFINITION | ~[\r\n{}'"`])+ '}';
/// OBJECT_DEFINITION : '{' ((IDENTIFIER | STRING) ':' (STRING | ~[{}\r\n'"`] | OBJECT_DEFINITION)+)* '}';
/// STRING            : '\'' (('\\' ('\'' | '\\')) | ~'\'')*? '\'' | '"' (('\\' ('"' | '\\')) | ~'"')*? '"';
/// </code>
/// The lexer runs all paths in priority order and keeps the longest match, except that once a path ends the token,
/// every lower-priority path that went through a string's non-greedy loop is dropped. So in
/// <c>${f('it\'s')} and ${'x'}</c> the first binding ends at its own <c>}</c>.
/// </summary>
internal static class TemplateTokenMatcher
{
    private enum Step
    {
        TemplatePlain,
        TemplateClose,
        StringOpen,
        StringClose,
        StringBackslash,
        StringCharacter,
        StringEscaped,
        ObjectOpen,
        ObjectClose,
        KeyFirst,
        KeyFirstAt,
        KeySecondAt,
        KeyRest,
        Colon,
        ValuePlain,
    }

    /// <summary>The end (exclusive) of the binding starting at <paramref name="start"/> (a <c>$</c>), or -1.</summary>
    public static int Match(string text, int start)
    {
        if (start + 1 >= text.Length || text[start + 1] != '{')
        {
            return -1;
        }

        var configurations = new List<Configuration>();
        AddItems(configurations, TemplateItemDone.Instance, nonGreedy: false);
        var accepted = -1;
        for (var i = start + 2; i < text.Length && configurations.Count > 0; i++)
        {
            var c = text[i];
            var reached = new List<Configuration>();
            var reachedAccept = false;
            foreach (var configuration in configurations)
            {
                if (reachedAccept && configuration.NonGreedy)
                {
                    continue;
                }

                if (!Accepts(configuration, c))
                {
                    continue;
                }

                var next = new List<Configuration>();
                if (Advance(configuration, c, next))
                {
                    accepted = i + 1;
                    reachedAccept = true;
                    continue;
                }

                foreach (var candidate in next)
                {
                    if (!(reachedAccept && candidate.NonGreedy) && !reached.Contains(candidate))
                    {
                        reached.Add(candidate);
                    }
                }
            }

            configurations = reached;
        }

        return accepted;
    }

    private static bool Accepts(Configuration configuration, char c) => configuration.Step switch
    {
        Step.TemplatePlain => c is not ('\r' or '\n' or '"' or '\'' or '`' or '{' or '}'),
        Step.ValuePlain => c is not ('\r' or '\n' or '"' or '\'' or '`' or '{' or '}'),
        Step.TemplateClose or Step.ObjectClose => c == '}',
        Step.StringOpen or Step.StringClose => c == configuration.Quote,
        Step.StringBackslash => c == '\\',
        Step.StringCharacter => c != configuration.Quote,
        Step.StringEscaped => c == configuration.Quote || c == '\\',
        Step.ObjectOpen => c == '{',
        Step.KeyFirst => char.IsAsciiLetter(c) || c is '#' or '@' or '_' or '$' or '%',
        Step.KeyFirstAt or Step.KeySecondAt => c == '@',
        Step.KeyRest => char.IsAsciiLetterOrDigit(c) || c == '_',
        Step.Colon => c == ':',
        _ => false,
    };

    /// <summary>Consumes the character; returns true when that ends the token, otherwise adds the next configurations in priority order.</summary>
    private static bool Advance(Configuration configuration, char c, List<Configuration> next)
    {
        var (step, quote, then, nonGreedy) = configuration;
        switch (step)
        {
            case Step.TemplateClose:
                return true;
            case Step.TemplatePlain or Step.ValuePlain or Step.StringClose or Step.ObjectClose or Step.Colon:
                AddReturn(next, then, nonGreedy);
                break;
            case Step.StringOpen or Step.StringCharacter or Step.StringEscaped:
                AddStringLoop(next, quote, then);
                break;
            case Step.StringBackslash:
                next.Add(new Configuration(Step.StringEscaped, quote, then, nonGreedy));
                break;
            case Step.ObjectOpen:
                AddObjectLoop(next, then, nonGreedy);
                break;
            case Step.KeyFirst or Step.KeySecondAt or Step.KeyRest:
                next.Add(new Configuration(Step.KeyRest, '\0', then, nonGreedy));
                AddReturn(next, then, nonGreedy);
                break;
            case Step.KeyFirstAt:
                next.Add(new Configuration(Step.KeySecondAt, '\0', then, nonGreedy));
                break;
        }

        return false;
    }

    /// <summary>Where a finished item, key or object returns to, in the order the grammar's loops try their options.</summary>
    private static void AddReturn(List<Configuration> next, Continuation then, bool nonGreedy)
    {
        switch (then)
        {
            case TemplateItemDone:
                AddItems(next, then, nonGreedy);
                next.Add(new Configuration(Step.TemplateClose, '\0', then, nonGreedy));
                break;
            case ObjectKeyDone keyDone:
                next.Add(new Configuration(Step.Colon, '\0', new ObjectValueStart(keyDone.Parent), nonGreedy));
                break;
            case ObjectValueStart valueStart:
                AddValues(next, new ObjectValueDone(valueStart.Parent), nonGreedy);
                break;
            case ObjectValueDone valueDone:
                AddValues(next, valueDone, nonGreedy);
                AddObjectLoop(next, valueDone.Parent, nonGreedy);
                break;
        }
    }

    private static void AddItems(List<Configuration> next, Continuation then, bool nonGreedy)
    {
        AddStringStart(next, then, nonGreedy);
        next.Add(new Configuration(Step.ObjectOpen, '\0', then, nonGreedy));
        next.Add(new Configuration(Step.TemplatePlain, '\0', then, nonGreedy));
    }

    private static void AddValues(List<Configuration> next, Continuation then, bool nonGreedy)
    {
        AddStringStart(next, then, nonGreedy);
        next.Add(new Configuration(Step.ValuePlain, '\0', then, nonGreedy));
        next.Add(new Configuration(Step.ObjectOpen, '\0', then, nonGreedy));
    }

    private static void AddStringStart(List<Configuration> next, Continuation then, bool nonGreedy)
    {
        next.Add(new Configuration(Step.StringOpen, '\'', then, nonGreedy));
        next.Add(new Configuration(Step.StringOpen, '"', then, nonGreedy));
    }

    /// <summary>A string's non-greedy loop: closing first, then an escape, then any other character.</summary>
    private static void AddStringLoop(List<Configuration> next, char quote, Continuation then)
    {
        next.Add(new Configuration(Step.StringClose, quote, then, NonGreedy: true));
        next.Add(new Configuration(Step.StringBackslash, quote, then, NonGreedy: true));
        next.Add(new Configuration(Step.StringCharacter, quote, then, NonGreedy: true));
    }

    /// <summary>An object's pair loop (greedy): another key first, then the closing brace.</summary>
    private static void AddObjectLoop(List<Configuration> next, Continuation parent, bool nonGreedy)
    {
        var keyDone = new ObjectKeyDone(parent);
        next.Add(new Configuration(Step.KeyFirst, '\0', keyDone, nonGreedy));
        next.Add(new Configuration(Step.KeyFirstAt, '\0', keyDone, nonGreedy));
        AddStringStart(next, keyDone, nonGreedy);
        next.Add(new Configuration(Step.ObjectClose, '\0', parent, nonGreedy));
    }

    private readonly record struct Configuration(Step Step, char Quote, Continuation Then, bool NonGreedy);

    private abstract record Continuation;

    private sealed record TemplateItemDone : Continuation
    {
        public static readonly TemplateItemDone Instance = new();
    }

    private sealed record ObjectKeyDone(Continuation Parent) : Continuation;

    private sealed record ObjectValueStart(Continuation Parent) : Continuation;

    private sealed record ObjectValueDone(Continuation Parent) : Continuation;
}
