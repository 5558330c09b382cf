using System.Collections.Frozen;

namespace BotRuntime.Cards.Expressions;

/// <summary>
/// d3-format's <c>,.{precision}f</c> in a locale, as adaptive-expressions' <c>formatNumber</c> and <c>string</c> use it:
/// fixed decimals, grouped thousands, and d3's minus sign <c>−</c> (U+2212), not <c>-</c>.
/// </summary>
internal sealed class GroupedNumberFormat
{
    private const string ArabicNumerals = "٠١٢٣٤٥٦٧٨٩";

    private static readonly GroupedNumberFormat Default = new(".", ",", [3], numerals: null);

    /// <summary>adaptive-expressions' <c>localeInfo</c> number conventions; other locales use d3's default (as en-US).</summary>
    private static readonly FrozenDictionary<string, GroupedNumberFormat> Locales = BuildLocales();

    private readonly string decimalSeparator;
    private readonly string thousandsSeparator;
    private readonly int[] grouping;
    private readonly string? numerals;

    private GroupedNumberFormat(string decimalSeparator, string thousandsSeparator, int[] grouping, string? numerals)
    {
        this.decimalSeparator = decimalSeparator;
        this.thousandsSeparator = thousandsSeparator;
        this.grouping = grouping;
        this.numerals = numerals;
    }

    public static GroupedNumberFormat ForLocale(string locale) => Locales.GetValueOrDefault(locale, Default);

    public string Format(double value, int precision)
    {
        precision = Math.Clamp(precision, 0, 20);
        var negative = value < 0 || (value == 0 && double.IsNegative(value));
        var digits = double.IsNaN(value) ? "NaN" : JsNumber.ToFixed(Math.Abs(value), precision);
        if (negative && double.TryParse(digits, System.Globalization.CultureInfo.InvariantCulture, out var parsed) && parsed == 0)
        {
            negative = false;
        }

        var integerLength = 0;
        while (integerLength < digits.Length && char.IsAsciiDigit(digits[integerLength]))
        {
            integerLength++;
        }

        var suffix = integerLength < digits.Length
            ? (digits[integerLength] == '.' ? decimalSeparator + digits[(integerLength + 1)..] : digits[integerLength..])
            : "";
        var text = (negative ? "−" : "") + Group(digits[..integerLength]) + suffix;
        return numerals is null ? text : string.Concat(text.Select(c => char.IsAsciiDigit(c) ? numerals[c - '0'] : c));
    }

    private string Group(string integerDigits)
    {
        var parts = new List<string>();
        var i = integerDigits.Length;
        var j = 0;
        var size = grouping[0];
        while (i > 0 && size > 0)
        {
            var start = Math.Max(i - size, 0);
            parts.Add(integerDigits[start..i]);
            i -= size;
            j = (j + 1) % grouping.Length;
            size = grouping[j];
        }

        parts.Reverse();
        return string.Join(thousandsSeparator, parts);
    }

    private static FrozenDictionary<string, GroupedNumberFormat> BuildLocales()
    {
        var locales = new Dictionary<string, GroupedNumberFormat>(StringComparer.Ordinal);

        void Add(GroupedNumberFormat format, string names)
        {
            foreach (var name in names.Split(' '))
            {
                locales.Add(name, format);
            }
        }

        Add(new GroupedNumberFormat(",", ".", [3], null), "ar-MA it-IT ca-ES es-ES ar-DZ nl-NL es-BO ar-TN pt-BR ar-LY pl-PL mk-MK de-DE");
        Add(new GroupedNumberFormat(".", ",", [3, 2, 2, 2, 2, 2, 2, 2, 2, 2], null), "en-IN");
        Add(new GroupedNumberFormat("\u066b", "\u066c", [3], ArabicNumerals),
            "ar-BH ar-PS ar-EG ar-IQ ar-AE ar-MR ar-TD ar-SY ar-JO ar-ER ar-LB ar-YE ar-SS ar-SO ar-DJ ar-SD ar-001 ar-SA ar-KW ar-QA ar-IL ar-OM ar-KM");
        Add(Default, "en-IE ar-EH ja-JP en-GB en-CA en-US ko-KR es-MX zh-CN he-IL");
        Add(new GroupedNumberFormat(",", "\u00a0", [3], null), "uk-UA sv-SE fi-FI cs-CZ fr-CA ru-RU hu-HU fr-FR");
        Add(new GroupedNumberFormat(",", "'", [3], null), "de-CH");
        return locales.ToFrozenDictionary(StringComparer.Ordinal);
    }
}
