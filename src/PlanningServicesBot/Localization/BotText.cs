using System.Collections.Concurrent;
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

    // Every turn reads several texts; ResourceManager takes a lock per lookup, so each text is looked up once per
    // culture. Bounded, since a culture comes from the user's locale.
    private const int MaxCachedTexts = 20_000;
    private readonly ConcurrentDictionary<(string Culture, string Key), string> texts = new();

    public string this[string key] => Get(key, CultureInfo.CurrentUICulture);

    public string Get(string key, CultureInfo culture)
    {
        ArgumentNullException.ThrowIfNull(key);
        ArgumentNullException.ThrowIfNull(culture);
        if (texts.TryGetValue((culture.Name, key), out var text))
        {
            return text;
        }

        text = Resources.GetString(key, culture) ?? throw new KeyNotFoundException($"No text '{key}' in Resources/Strings.resx.");
        if (texts.Count < MaxCachedTexts)
        {
            texts.TryAdd((culture.Name, key), text);
        }

        return text;
    }

    public string Format(string key, params object?[] args) =>
        string.Format(CultureInfo.CurrentCulture, this[key], args);
}
