using System.Globalization;

namespace BotRuntime.Dialogs.Prompts;

// Built-in prompt words for en, fr, nl, sv and zh, looked up by culture name, then language, then English.
// Pass overrides (by culture name or language code) to change or add languages.
public sealed class PromptVocabularies : IPromptVocabularyProvider
{
    private static readonly Dictionary<string, PromptVocabulary> BuiltIn = new(StringComparer.OrdinalIgnoreCase)
    {
        ["en"] = new("Yes", "No", ", ", " or ", ", or ", "Please fill in the card and select its button to send it."),
        ["fr"] = new("Oui", "Non", ", ", " ou ", ", ou ", "Veuillez remplir la carte puis appuyer sur son bouton pour l’envoyer."),
        ["nl"] = new("Ja", "Nee", ", ", " of ", ", of ", "Vul de kaart in en kies de knop om deze te versturen."),
        ["sv"] = new("Ja", "Nej", ", ", " eller ", ", eller ", "Fyll i kortet och välj knappen för att skicka det."),
        ["zh"] = new("是", "否", "，", " 或 ", "，或 ", "请填写卡片，然后点击按钮提交。"),
    };

    private readonly Dictionary<string, PromptVocabulary> overrides;

    public PromptVocabularies(IReadOnlyDictionary<string, PromptVocabulary>? overrides = null)
    {
        this.overrides = new Dictionary<string, PromptVocabulary>(
            overrides ?? new Dictionary<string, PromptVocabulary>(), StringComparer.OrdinalIgnoreCase);
    }

    public static PromptVocabularies Default { get; } = new();

    public PromptVocabulary GetVocabulary(string? locale)
    {
        var name = string.IsNullOrWhiteSpace(locale) ? string.Empty : locale.Trim().Replace('_', '-');
        var language = LanguageOf(name);
        return Find(overrides, name, language) ?? Find(BuiltIn, name, language) ?? overrides.GetValueOrDefault("en") ?? BuiltIn["en"];
    }

    private static PromptVocabulary? Find(Dictionary<string, PromptVocabulary> table, string name, string language) =>
        table.GetValueOrDefault(name) ?? table.GetValueOrDefault(language);

    private static string LanguageOf(string name)
    {
        if (name.Length == 0)
        {
            return string.Empty;
        }

        try
        {
            return CultureInfo.GetCultureInfo(name).TwoLetterISOLanguageName;
        }
        catch (CultureNotFoundException)
        {
            var dash = name.IndexOf('-', StringComparison.Ordinal);
            return dash > 0 ? name[..dash] : name;
        }
    }
}
