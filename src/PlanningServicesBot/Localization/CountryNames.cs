using System.Globalization;

namespace PlanningServicesBot.Localization;

/// <summary>Country names in the user's language, and the countries there are.</summary>
public static class CountryNames
{
    private static readonly Lazy<IReadOnlyList<string>> Codes = new(AllCodes);

    /// <summary>Every ISO 3166-1 alpha-2 country code the platform knows, upper case.</summary>
    public static IReadOnlyList<string> All => Codes.Value;

    /// <summary>
    /// The country's name in the current UI language ("Germany", "Allemagne"); the code itself when unknown.
    /// RegionInfo("DE") alone would give the country's own-language name on ICU ("Deutschland").
    /// </summary>
    public static string Of(string isoCode)
    {
        foreach (var name in new[] { $"{CultureInfo.CurrentUICulture.Name}-{isoCode}", $"en-{isoCode}" })
        {
            try
            {
                return new RegionInfo(name).DisplayName;
            }
            catch (ArgumentException)
            {
            }
        }

        return isoCode;
    }

    private static IReadOnlyList<string> AllCodes() =>
        CultureInfo.GetCultures(CultureTypes.SpecificCultures)
            .Select(culture =>
            {
                try
                {
                    return new RegionInfo(culture.Name).TwoLetterISORegionName;
                }
                catch (ArgumentException)
                {
                    return string.Empty;
                }
            })
            .Where(code => code.Length == 2 && code.All(char.IsAsciiLetterUpper))
            .Distinct(StringComparer.Ordinal)
            .Order(StringComparer.Ordinal)
            .ToList();
}
