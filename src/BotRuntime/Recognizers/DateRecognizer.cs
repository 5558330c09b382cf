using System.Collections.Concurrent;
using System.Globalization;
using System.Text.RegularExpressions;
using BotRuntime.Recognizers.Languages;

namespace BotRuntime.Recognizers;

// Calendar dates: ISO "2021-05-03"; numeric "03/05/2021" read in the culture's day/month order; month
// names from the culture ("3 May 2021", "May 3rd, 2021", "1er mai 2021", "3 mei", "3:e maj", "2021年5月3日");
// and words relative to a reference date ("today", "demain", "overmorgen", "igår", "明天").
// A date without a year takes the reference date's year.
public static partial class DateRecognizer
{
    public const string TypeName = "datetimeV2.date";

    private static readonly ConcurrentDictionary<string, CulturePatterns> Patterns = new(StringComparer.OrdinalIgnoreCase);

    public static IReadOnlyList<ModelResult<DateOnly>> Recognize(string? utterance, string? locale, DateOnly referenceDate)
    {
        if (string.IsNullOrWhiteSpace(utterance))
        {
            return [];
        }

        var culture = RecognitionCulture.Resolve(locale);
        var patterns = Patterns.GetOrAdd(culture.Name, _ => CulturePatterns.For(culture));
        var folded = TextFold.Fold(utterance);
        var matches = new List<PhraseMatch<DateOnly>>();

        foreach (Match match in IsoDate().Matches(folded))
        {
            Add(matches, match, culture, Read(match, "y"), Read(match, "m"), Read(match, "d"));
        }

        foreach (Match match in NumericDate().Matches(folded))
        {
            var (day, month) = culture.DayBeforeMonth ? (Read(match, "a"), Read(match, "b")) : (Read(match, "b"), Read(match, "a"));
            Add(matches, match, culture, FourDigitYear(culture, match.Groups["y"].Value), month, day);
        }

        foreach (var pattern in patterns.MonthNamePatterns)
        {
            foreach (Match match in pattern.Matches(folded))
            {
                var year = match.Groups["y"].Success ? Read(match, "y") : referenceDate.Year;
                Add(matches, match, culture, year, patterns.Months[match.Groups["m"].Value.TrimEnd('.')], Read(match, "d"));
            }
        }

        if (culture.Language.NativeDate is { } native)
        {
            foreach (Match match in native.Matches(folded))
            {
                var year = match.Groups["y"].Success ? Read(match, "y") : referenceDate.Year;
                Add(matches, match, culture, year, ReadSmallNumber(culture, match.Groups["m"].Value), ReadSmallNumber(culture, match.Groups["d"].Value));
            }
        }

        foreach (var relative in culture.Language.RelativeDays.FindAll(folded))
        {
            matches.Add(new PhraseMatch<DateOnly>(relative.Start, relative.End, referenceDate.AddDays(relative.Value)));
        }

        return PhraseTable<DateOnly>.RemoveOverlaps(matches)
            .Select(m => new ModelResult<DateOnly>(utterance.Substring(m.Start, m.Length), m.Start, m.End, TypeName, m.Value))
            .ToList();
    }

    private static void Add(List<PhraseMatch<DateOnly>> matches, Match match, RecognitionCulture culture, int year, int month, int day)
    {
        var calendar = culture.Culture.Calendar is GregorianCalendar ? culture.Culture.Calendar : new GregorianCalendar();
        if (year is >= 1 and <= 9999 && month is >= 1 and <= 12 && day >= 1 && day <= calendar.GetDaysInMonth(year, month))
        {
            matches.Add(new PhraseMatch<DateOnly>(match.Index, match.Index + match.Length - 1, new DateOnly(year, month, day)));
        }
    }

    private static int Read(Match match, string group) =>
        int.TryParse(match.Groups[group].Value, NumberStyles.None, CultureInfo.InvariantCulture, out var value) ? value : -1;

    private static int ReadSmallNumber(RecognitionCulture culture, string text) =>
        int.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out var value) ? value
        : culture.Language.Numbers.TryGet(text, out var word) ? word
        : -1;

    private static int FourDigitYear(RecognitionCulture culture, string year)
    {
        var value = int.Parse(year, NumberStyles.None, CultureInfo.InvariantCulture);
        var calendar = culture.Culture.Calendar is GregorianCalendar ? culture.Culture.Calendar : new GregorianCalendar();
        return year.Length == 2 ? calendar.ToFourDigitYear(value) : value;
    }

    [GeneratedRegex(@"(?<![\p{L}\p{N}])(?<y>\d{4})(?<sep>[-/.])(?<m>\d{1,2})\k<sep>(?<d>\d{1,2})(?![\p{N}])")]
    private static partial Regex IsoDate();

    [GeneratedRegex(@"(?<![\p{L}\p{N}/.-])(?<a>\d{1,2})(?<sep>[/.-])(?<b>\d{1,2})\k<sep>(?<y>\d{4}|\d{2})(?![\p{N}])")]
    private static partial Regex NumericDate();

    private sealed class CulturePatterns
    {
        private CulturePatterns(Dictionary<string, int> months, IReadOnlyList<Regex> monthNamePatterns)
        {
            Months = months;
            MonthNamePatterns = monthNamePatterns;
        }

        public Dictionary<string, int> Months { get; }

        public IReadOnlyList<Regex> MonthNamePatterns { get; }

        public static CulturePatterns For(RecognitionCulture culture)
        {
            var months = MonthNames(culture.Culture.DateTimeFormat);
            if (!culture.Language.SeparatesWords || months.Count == 0)
            {
                return new CulturePatterns(months, []);
            }

            var names = string.Join('|', months.Keys.OrderByDescending(k => k.Length).Select(Regex.Escape));
            var suffix = culture.Language.DaySuffix;
            var joiner = culture.Language.DayMonthJoiner.Length == 0 ? string.Empty : $@"(?:(?:{culture.Language.DayMonthJoiner})\s+)?";
            const string year = @"(?:,?\s*(?<y>\d{4})(?![\p{N}]))?";
            var dayMonth = new Regex(
                $@"(?<![\p{{L}}\p{{N}}])(?<d>\d{{1,2}})(?:{suffix})?\.?\s*{joiner}(?<m>{names})\.?(?![\p{{L}}]){year}",
                RegexOptions.CultureInvariant);
            var monthDay = new Regex(
                $@"(?<![\p{{L}}\p{{N}}])(?<m>{names})\.?\s+(?<d>\d{{1,2}})(?:{suffix})?(?![\p{{L}}\p{{N}}]){year}",
                RegexOptions.CultureInvariant);
            return new CulturePatterns(months, [dayMonth, monthDay]);
        }

        private static Dictionary<string, int> MonthNames(DateTimeFormatInfo format)
        {
            var months = new Dictionary<string, int>(StringComparer.Ordinal);
            foreach (var names in new[] { format.MonthNames, format.MonthGenitiveNames, format.AbbreviatedMonthNames, format.AbbreviatedMonthGenitiveNames })
            {
                for (var i = 0; i < 12 && i < names.Length; i++)
                {
                    var name = TextFold.Fold(names[i]).Trim().TrimEnd('.');
                    if (name.Length > 0 && !name.Any(char.IsDigit))
                    {
                        months.TryAdd(name, i + 1);
                    }
                }
            }

            return months;
        }
    }
}
