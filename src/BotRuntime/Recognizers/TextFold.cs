using System.Globalization;

namespace BotRuntime.Recognizers;

// Lower-cases and strips diacritics while keeping every character at its index,
// so match positions found in the folded text are valid in the original.
internal static class TextFold
{
    public static string Fold(string text)
    {
        return string.Create(text.Length, text, static (span, source) =>
        {
            for (var i = 0; i < source.Length; i++)
            {
                span[i] = FoldChar(source[i]);
            }
        });
    }

    public static char FoldChar(char c)
    {
        if (c < 128)
        {
            return char.ToLowerInvariant(c);
        }

        if (c is '\u2019' or '\u2018' or '\u00B4')
        {
            return '\'';
        }

        if (c is '\u2010' or '\u2011' or '\u2012' or '\u2013' or '\u2212')
        {
            return '-';
        }

        var lower = char.ToLowerInvariant(c);
        if (char.IsSurrogate(lower))
        {
            return lower;
        }

        var decomposed = lower.ToString().Normalize(System.Text.NormalizationForm.FormD);
        var first = decomposed[0];
        return CharUnicodeInfo.GetUnicodeCategory(first) == UnicodeCategory.NonSpacingMark ? lower : first;
    }
}
