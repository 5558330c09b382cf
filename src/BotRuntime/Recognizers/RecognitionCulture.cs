using System.Collections.Concurrent;
using System.Globalization;
using BotRuntime.Recognizers.Languages;

namespace BotRuntime.Recognizers;

// The culture a recognizer reads an utterance in: formats (separators, month names, day/month order)
// from CultureInfo, words from the nearest supported language. Unknown or unsupported locales read as
// English (en-US), as Recognizers-Text prompts fall back to English.
public sealed class RecognitionCulture
{
    public const string DefaultLocale = "en-US";

    private static readonly ConcurrentDictionary<string, RecognitionCulture> Cache = new(StringComparer.OrdinalIgnoreCase);

    private static readonly Dictionary<string, Language> Languages = new(StringComparer.OrdinalIgnoreCase)
    {
        ["en"] = English.Instance,
        ["fr"] = French.Instance,
        ["nl"] = Dutch.Instance,
        ["sv"] = Swedish.Instance,
        ["zh"] = Chinese.Instance,
    };

    private RecognitionCulture(CultureInfo culture, Language language)
    {
        Culture = culture;
        Language = language;
        DayBeforeMonth = ReadsDayBeforeMonth(culture.DateTimeFormat.ShortDatePattern);
    }

    public static IReadOnlyCollection<string> SupportedLanguages => Languages.Keys;

    public CultureInfo Culture { get; }

    public string Name => Culture.Name;

    public string LanguageCode => Language.Code;

    // How "03/05/2021" is read: true for dd/MM (en-GB, fr, nl, sv), false for MM/dd (en-US).
    public bool DayBeforeMonth { get; }

    internal Language Language { get; }

    public static RecognitionCulture Resolve(string? locale) =>
        Cache.GetOrAdd(string.IsNullOrWhiteSpace(locale) ? DefaultLocale : locale.Trim(), Create);

    public static bool IsSupported(string? locale) =>
        TryGetCulture(locale, out var culture) && Languages.ContainsKey(culture.TwoLetterISOLanguageName);

    private static RecognitionCulture Create(string locale)
    {
        if (TryGetCulture(locale, out var culture) && Languages.TryGetValue(culture.TwoLetterISOLanguageName, out var language))
        {
            return new RecognitionCulture(culture, language);
        }

        return new RecognitionCulture(CultureInfo.GetCultureInfo(DefaultLocale), English.Instance);
    }

    private static bool TryGetCulture(string? locale, out CultureInfo culture)
    {
        culture = CultureInfo.InvariantCulture;
        if (string.IsNullOrWhiteSpace(locale))
        {
            return false;
        }

        try
        {
            culture = CultureInfo.GetCultureInfo(locale.Trim().Replace('_', '-'));
            return culture.TwoLetterISOLanguageName != "iv";
        }
        catch (CultureNotFoundException)
        {
            return false;
        }
    }

    // Year-first patterns (sv-SE yyyy-MM-dd, zh yyyy/M/d) say nothing about d/M order; those cultures write day first.
    private static bool ReadsDayBeforeMonth(string shortDatePattern)
    {
        var pattern = shortDatePattern.TrimStart();
        if (pattern.StartsWith('y'))
        {
            return true;
        }

        var day = pattern.IndexOf('d');
        var month = pattern.IndexOf('M');
        return day < 0 || month < 0 || day < month;
    }
}
