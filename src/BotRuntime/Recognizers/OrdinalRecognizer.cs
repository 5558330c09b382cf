using System.Globalization;
using System.Text.RegularExpressions;
using BotRuntime.Recognizers.Languages;

namespace BotRuntime.Recognizers;

// Ordinals: "second", "deuxième", "tweede", "andra", "第二", and digit forms "2nd", "2e", "2:a", "第2".
public static class OrdinalRecognizer
{
    public const string TypeName = "ordinal";

    public static IReadOnlyList<ModelResult<int>> Recognize(string? utterance, string? locale)
    {
        if (string.IsNullOrWhiteSpace(utterance))
        {
            return [];
        }

        var language = RecognitionCulture.Resolve(locale).Language;
        var folded = TextFold.Fold(utterance);
        var matches = new List<PhraseMatch<int>>(language.Ordinals.FindAll(folded));
        foreach (Match match in language.DigitOrdinal.Matches(folded))
        {
            if (int.TryParse(match.Groups["n"].Value, NumberStyles.None, CultureInfo.InvariantCulture, out var value))
            {
                matches.Add(new PhraseMatch<int>(match.Index, match.Index + match.Length - 1, value));
            }
        }

        return PhraseTable<int>.RemoveOverlaps(matches)
            .Select(m => new ModelResult<int>(utterance.Substring(m.Start, m.Length), m.Start, m.End, TypeName, m.Value))
            .ToList();
    }
}
