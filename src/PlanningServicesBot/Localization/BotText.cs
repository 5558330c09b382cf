using System.Globalization;
using System.Resources;
using PlanningServicesBot.Resources;

namespace PlanningServicesBot.Localization;

/// <summary>
/// The bot's user-facing texts from Resources/Strings*.resx, in the current UI culture (set per turn from the
/// activity's locale) unless a culture is given. A missing key is a programming error, so it throws.
/// </summary>
public sealed class BotText
{
    private static readonly ResourceManager Resources = new("PlanningServicesBot.Resources.Strings", typeof(Strings).Assembly);

    public string this[string key] => Get(key, CultureInfo.CurrentUICulture);

    public string Get(string key, CultureInfo culture) =>
        Resources.GetString(key, culture) ?? throw new KeyNotFoundException($"No text '{key}' in Resources/Strings.resx.");

    public string Format(string key, params object?[] args) =>
        string.Format(CultureInfo.CurrentCulture, this[key], args);
}
