using System.Globalization;

namespace PlanningServicesBot.Localization;

/// <summary>The languages the bot speaks, and how a channel's locale maps onto them.</summary>
public static class SupportedCultures
{
    public static readonly CultureInfo Default = CultureInfo.GetCultureInfo("en");

    /// <summary>How dates and numbers are written when the channel names no locale: day-month-year, 24-hour clock.</summary>
    public static readonly CultureInfo DefaultFormat = CultureInfo.GetCultureInfo("en-GB");

    public static readonly IReadOnlyList<CultureInfo> All =
        new[] { "en", "fr", "nl", "sv", "zh-Hans" }.Select(CultureInfo.GetCultureInfo).ToList();

    /// <summary>
    /// How to write dates and numbers for a locale: the locale itself when the bot speaks its language (so en-US
    /// gets month-day and en-GB day-month), else the format of the language the bot falls back to.
    /// </summary>
    public static CultureInfo FormatFor(string? locale) =>
        locale is null ? FindFormat(locale) : Remember(Formats, locale, FindFormat);

    /// <summary>The closest supported culture for a BCP-47 locale such as "fr-CA" or "zh-CN"; English when none is close.</summary>
    public static CultureInfo Resolve(string? locale) =>
        locale is null ? Default : Remember(Languages, locale, FindLanguage);

    // Every turn resolves its locale twice; both answers are remembered per locale string (a bounded number of them,
    // since locales come from clients), which also spares repeated culture lookups and exceptions for unknown ones.
    private const int MaxRememberedLocales = 512;
    private static readonly System.Collections.Concurrent.ConcurrentDictionary<string, CultureInfo> Languages = new(StringComparer.Ordinal);
    private static readonly System.Collections.Concurrent.ConcurrentDictionary<string, CultureInfo> Formats = new(StringComparer.Ordinal);

    private static CultureInfo Remember(System.Collections.Concurrent.ConcurrentDictionary<string, CultureInfo> known, string locale, Func<string?, CultureInfo> find)
    {
        if (known.TryGetValue(locale, out var culture))
        {
            return culture;
        }

        culture = find(locale);
        if (known.Count < MaxRememberedLocales)
        {
            known.TryAdd(locale, culture);
        }

        return culture;
    }

    private static CultureInfo FindFormat(string? locale)
    {
        var language = Resolve(locale);
        if (!string.IsNullOrWhiteSpace(locale))
        {
            try
            {
                var requested = CultureInfo.GetCultureInfo(locale.Trim());
                if (Resolve(requested.Name).Equals(language) && !requested.IsNeutralCulture)
                {
                    return requested;
                }
            }
            catch (CultureNotFoundException)
            {
            }
        }

        return language.Equals(Default) ? DefaultFormat : CultureInfo.ReadOnly(CultureInfo.CreateSpecificCulture(language.Name));
    }

    private static CultureInfo FindLanguage(string? locale)
    {
        if (string.IsNullOrWhiteSpace(locale))
        {
            return Default;
        }

        CultureInfo requested;
        try
        {
            requested = CultureInfo.GetCultureInfo(locale.Trim());
        }
        catch (CultureNotFoundException)
        {
            return Default;
        }

        // zh-CN, zh-SG and zh-Hans all read Simplified Chinese; walking up the parents finds zh-Hans.
        for (var culture = requested; !culture.Equals(CultureInfo.InvariantCulture); culture = culture.Parent)
        {
            var match = All.FirstOrDefault(c => c.Name.Equals(culture.Name, StringComparison.OrdinalIgnoreCase));
            if (match is not null)
            {
                return match;
            }
        }

        return Default;
    }
}
