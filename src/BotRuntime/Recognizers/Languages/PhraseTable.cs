using System.Text.RegularExpressions;

namespace BotRuntime.Recognizers.Languages;

// Finds known phrases in an utterance: word by word where the language separates words with spaces,
// character by character otherwise (and always for symbols such as emoji).
internal sealed partial class PhraseTable<T>
{
    private readonly Dictionary<string, T> wordPhrases = new(StringComparer.Ordinal);
    private readonly Dictionary<string, T> characterPhrases = new(StringComparer.Ordinal);
    private readonly int maxWords;
    private readonly int maxCharacters;

    public PhraseTable(IEnumerable<KeyValuePair<string, T>> entries, bool separatesWords)
    {
        foreach (var (phrase, value) in entries)
        {
            var key = Normalize(phrase);
            if (key.Length == 0)
            {
                continue;
            }

            if (separatesWords && WordPattern().IsMatch(key))
            {
                wordPhrases.TryAdd(key, value);
                maxWords = Math.Max(maxWords, key.Count(c => c == ' ') + 1);
            }
            else
            {
                characterPhrases.TryAdd(key, value);
                maxCharacters = Math.Max(maxCharacters, key.Length);
            }
        }
    }

    public bool TryGet(string phrase, out T value) =>
        wordPhrases.TryGetValue(Normalize(phrase), out value!) || characterPhrases.TryGetValue(Normalize(phrase), out value!);

    // Expects folded text (see TextFold); returns non-overlapping matches, earliest and longest first.
    public IReadOnlyList<PhraseMatch<T>> FindAll(string folded)
    {
        var found = new List<PhraseMatch<T>>();
        if (wordPhrases.Count > 0)
        {
            FindWordPhrases(folded, found);
        }

        if (characterPhrases.Count > 0)
        {
            FindCharacterPhrases(folded, found);
        }

        return RemoveOverlaps(found);
    }

    public static IReadOnlyList<PhraseMatch<T>> RemoveOverlaps(List<PhraseMatch<T>> matches)
    {
        matches.Sort((a, b) => a.Start != b.Start ? a.Start.CompareTo(b.Start) : b.Length.CompareTo(a.Length));
        var kept = new List<PhraseMatch<T>>(matches.Count);
        var nextFree = 0;
        foreach (var match in matches)
        {
            if (match.Start >= nextFree)
            {
                kept.Add(match);
                nextFree = match.End + 1;
            }
        }

        return kept;
    }

    private void FindWordPhrases(string folded, List<PhraseMatch<T>> found)
    {
        var tokens = WordTokens.Split(folded);
        var i = 0;
        while (i < tokens.Count)
        {
            var matched = 0;
            for (var n = Math.Min(maxWords, tokens.Count - i); n >= 1 && matched == 0; n--)
            {
                var key = string.Join(' ', tokens.Skip(i).Take(n).Select(t => t.Text.Replace('-', ' ')));
                if (wordPhrases.TryGetValue(key, out var value))
                {
                    found.Add(new PhraseMatch<T>(tokens[i].Start, tokens[i + n - 1].End, value));
                    matched = n;
                }
            }

            i += Math.Max(matched, 1);
        }
    }

    private void FindCharacterPhrases(string folded, List<PhraseMatch<T>> found)
    {
        var i = 0;
        while (i < folded.Length)
        {
            var matched = 0;
            for (var n = Math.Min(maxCharacters, folded.Length - i); n >= 1 && matched == 0; n--)
            {
                if (characterPhrases.TryGetValue(folded.Substring(i, n), out var value))
                {
                    found.Add(new PhraseMatch<T>(i, i + n - 1, value));
                    matched = n;
                }
            }

            i += Math.Max(matched, 1);
        }
    }

    private static string Normalize(string phrase) =>
        SpacesPattern().Replace(TextFold.Fold(phrase).Replace('-', ' '), " ").Trim();

    [GeneratedRegex(@"^[\p{L}\p{N}' ]+$")]
    private static partial Regex WordPattern();

    [GeneratedRegex(@"\s+")]
    private static partial Regex SpacesPattern();
}
