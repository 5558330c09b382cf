using System.Text.RegularExpressions;

namespace BotRuntime.Recognizers.Languages;

internal static partial class WordTokens
{
    // Letters and digits, keeping inner apostrophes and hyphens ("d'accord", "twenty-three") in one token;
    // each CJK ideograph is a token of its own, as the SDK's default tokenizer does.
    public static IReadOnlyList<WordToken> Split(string text)
    {
        var tokens = new List<WordToken>();
        foreach (Match match in TokenPattern().Matches(text))
        {
            tokens.Add(new WordToken(match.Value, match.Index, match.Index + match.Length - 1));
        }

        return tokens;
    }

    [GeneratedRegex(@"\p{IsCJKUnifiedIdeographs}|[\p{L}\p{N}-[\p{IsCJKUnifiedIdeographs}]]+(?:['\-][\p{L}\p{N}-[\p{IsCJKUnifiedIdeographs}]]+)*")]
    private static partial Regex TokenPattern();
}
