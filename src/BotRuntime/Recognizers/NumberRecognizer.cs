using System.Collections.Concurrent;
using System.Globalization;
using System.Text;
using System.Text.RegularExpressions;
using BotRuntime.Recognizers.Languages;

namespace BotRuntime.Recognizers;

// Numbers written with digits in the culture's format ("3,5" in fr/nl/sv, "1,234.5" in en) or as
// small number words ("three", "trois", "drie", "tre", "三").
public static class NumberRecognizer
{
    public const string TypeName = "number";

    private static readonly ConcurrentDictionary<string, Regex> DigitPatterns = new(StringComparer.Ordinal);

    public static IReadOnlyList<ModelResult<decimal>> Recognize(string? utterance, string? locale)
    {
        if (string.IsNullOrWhiteSpace(utterance))
        {
            return [];
        }

        var culture = RecognitionCulture.Resolve(locale);
        var folded = TextFold.Fold(utterance);
        var matches = new List<PhraseMatch<decimal>>();

        foreach (Match match in DigitPattern(culture).Matches(folded))
        {
            if (TryReadDigits(match, culture, out var value))
            {
                matches.Add(new PhraseMatch<decimal>(match.Index, match.Index + match.Length - 1, value));
            }
        }

        foreach (var word in culture.Language.Numbers.FindAll(folded))
        {
            matches.Add(new PhraseMatch<decimal>(word.Start, word.End, word.Value));
        }

        return PhraseTable<decimal>.RemoveOverlaps(matches)
            .Select(m => new ModelResult<decimal>(utterance.Substring(m.Start, m.Length), m.Start, m.End, TypeName, m.Value))
            .ToList();
    }

    private static bool TryReadDigits(Match match, RecognitionCulture culture, out decimal value)
    {
        var text = new StringBuilder();
        if (match.Groups["sign"].Success)
        {
            text.Append('-');
        }

        foreach (var c in match.Groups["int"].Value)
        {
            if (char.IsDigit(c))
            {
                text.Append((char)('0' + (int)char.GetNumericValue(c)));
            }
        }

        if (match.Groups["frac"].Success)
        {
            text.Append('.');
            foreach (var c in match.Groups["frac"].Value)
            {
                text.Append((char)('0' + (int)char.GetNumericValue(c)));
            }
        }

        return decimal.TryParse(text.ToString(), NumberStyles.AllowLeadingSign | NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out value);
    }

    private static Regex DigitPattern(RecognitionCulture culture)
    {
        var format = culture.Culture.NumberFormat;
        var key = format.NumberDecimalSeparator + "|" + format.NumberGroupSeparator;
        return DigitPatterns.GetOrAdd(key, _ => BuildDigitPattern(format.NumberDecimalSeparator, format.NumberGroupSeparator));
    }

    private static Regex BuildDigitPattern(string decimalSeparator, string groupSeparator)
    {
        // Spaces of any width group digits wherever the culture groups with a space (fr, sv).
        var group = string.IsNullOrWhiteSpace(groupSeparator) || groupSeparator is "\u00A0" or "\u202F"
            ? @"[ \u00A0\u202F]"
            : Regex.Escape(groupSeparator);
        var decimals = decimalSeparator == "." || groupSeparator == "."
            ? Regex.Escape(decimalSeparator)
            : $"(?:{Regex.Escape(decimalSeparator)}|\\.)";
        var pattern =
            $@"(?<![\p{{L}}\p{{N}}])(?<sign>(?<!\d)[-−])?(?<int>\d{{1,3}}(?:{group}\d{{3}})+(?!\d)|\d+)(?:{decimals}(?<frac>\d+))?(?![\p{{N}}])";
        return new Regex(pattern, RegexOptions.CultureInvariant);
    }
}
