using System.Collections.Concurrent;
using System.Globalization;
using System.Text.Json;
using BotRuntime.Schema;
using PlanningServicesBot.Localization;

namespace PlanningServicesBot.Intents;

/// <summary>
/// Reads what the user wants from a card action (<c>value.action</c>) or from typed words. Commands (help, cancel,
/// menu, start over) must be the whole message, so "cancel my reservation" is never taken for "cancel"; journeys
/// match on a phrase anywhere in the message. Words come from the resources of the user's language, and English
/// always works too.
/// </summary>
public sealed class IntentRecognizer(BotText text)
{
    private readonly ConcurrentDictionary<string, IntentPhrases[]> _phrasesByCulture = new(StringComparer.Ordinal);

    private static readonly (UserIntent Intent, string Key, bool WholeMessage)[] Vocabulary =
    [
        (UserIntent.Help, "Intent.Help", true),
        (UserIntent.Cancel, "Intent.Cancel", true),
        (UserIntent.StartOver, "Intent.StartOver", true),
        (UserIntent.Menu, "Intent.Menu", true),
        // Journeys, most specific first: "when must I redeem X?" asks for deadlines, not to redeem.
        (UserIntent.CancelReservation, "Intent.CancelReservation", false),
        (UserIntent.VoucherDeadlines, "Intent.VoucherDeadlines", false),
        (UserIntent.Eligibility, "Intent.Eligibility", false),
        (UserIntent.Reserve, "Intent.Reserve", false),
        (UserIntent.CompletionReport, "Intent.CompletionReport", false),
        (UserIntent.Redeem, "Intent.Redeem", false),
        (UserIntent.Payment, "Intent.Payment", false),
        (UserIntent.MyVouchers, "Intent.MyVouchers", false),
        (UserIntent.ProgramTimeline, "Intent.ProgramTimeline", false),
        (UserIntent.ContactSupport, "Intent.ContactSupport", false),
        (UserIntent.VoucherStatus, "Intent.VoucherStatus", false),
    ];

    public const string ActionProperty = "action";

    public UserIntent Recognize(Activity activity)
    {
        var fromCard = CardAction(activity);
        if (fromCard is not null)
        {
            return Enum.TryParse<UserIntent>(fromCard, ignoreCase: true, out var intent) && Enum.IsDefined(intent) ? intent : UserIntent.None;
        }

        var text = Normalize(activity.Text);
        if (text.Length == 0)
        {
            return UserIntent.None;
        }

        foreach (var (intent, phrases, wholeMessage) in PhrasesOf(CultureInfo.CurrentUICulture))
        {
            foreach (var phrase in phrases)
            {
                if (wholeMessage ? text == phrase : text.Contains(phrase, StringComparison.Ordinal))
                {
                    return intent;
                }
            }
        }

        return UserIntent.None;
    }

    /// <summary>The <c>action</c> of a card submit, when the activity is one.</summary>
    public static string? CardAction(Activity activity) =>
        activity.Value is { ValueKind: JsonValueKind.Object } value
        && value.TryGetProperty(ActionProperty, out var action)
        && action.ValueKind == JsonValueKind.String
            ? action.GetString()
            : null;

    // Resources don't change while the app runs: each intent's phrases are read and normalised once per language.
    private IntentPhrases[] PhrasesOf(CultureInfo culture) =>
        _phrasesByCulture.GetOrAdd(culture.Name, static (_, state) => Array.ConvertAll(Vocabulary, entry => new IntentPhrases(
                entry.Intent,
                $"{state.Text.Get(entry.Key, state.Culture)}|{state.Text.Get(entry.Key, SupportedCultures.Default)}"
                    .Split('|', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)
                    .Select(Normalize)
                    .Where(p => p.Length > 0)
                    .Distinct()
                    .ToArray(),
                entry.WholeMessage)),
            (Text: text, Culture: culture));

    private static string Normalize(string? text)
    {
        var lowered = (text ?? string.Empty).Trim().ToLowerInvariant();
        return string.Create(lowered.Length, lowered, static (chars, source) =>
            {
                for (var i = 0; i < source.Length; i++)
                {
                    var c = source[i];
                    chars[i] = char.IsPunctuation(c) && c != '-' && c != '@' ? ' ' : c;
                }
            })
            .Replace("  ", " ", StringComparison.Ordinal)
            .Trim();
    }

    private readonly record struct IntentPhrases(UserIntent Intent, string[] Phrases, bool WholeMessage);
}
