using System.Text.RegularExpressions;

namespace BotRuntime.Recognizers.Languages;

internal sealed partial class French : Language
{
    private static readonly string[] Units =
    [
        "zéro", "un", "deux", "trois", "quatre", "cinq", "six", "sept", "huit", "neuf", "dix",
        "onze", "douze", "treize", "quatorze", "quinze", "seize", "dix-sept", "dix-huit", "dix-neuf",
    ];

    // Includes the Belgian and Swiss septante/huitante/octante/nonante.
    private static readonly (string Word, int Value)[] Tens =
    [
        ("vingt", 20), ("trente", 30), ("quarante", 40), ("cinquante", 50), ("soixante", 60),
        ("septante", 70), ("huitante", 80), ("octante", 80), ("nonante", 90),
    ];

    public static French Instance { get; } = new();

    public override string Code => "fr";

    public override Regex DigitOrdinal => DigitOrdinalPattern();

    public override string DaySuffix => "er|re|ere|e|eme";

    protected override IEnumerable<KeyValuePair<string, int>> NumberWords()
    {
        foreach (var unit in Numbered(Units, 0))
        {
            yield return unit;
        }

        yield return Word("une", 1);
        foreach (var (tens, value) in Tens)
        {
            yield return Word(tens, value);
            yield return Word($"{tens} et un", value + 1);
            yield return Word($"{tens} et une", value + 1);
            for (var u = 2; u <= 9; u++)
            {
                yield return Word($"{tens}-{Units[u]}", value + u);
            }
        }

        yield return Word("soixante et onze", 71);
        for (var u = 10; u <= 19; u++)
        {
            if (u != 11)
            {
                yield return Word($"soixante-{Units[u]}", 60 + u);
            }
        }

        yield return Word("quatre-vingts", 80);
        yield return Word("quatre-vingt", 80);
        for (var u = 1; u <= 19; u++)
        {
            yield return Word($"quatre-vingt-{Units[u]}", 80 + u);
        }

        yield return Word("cent", 100);
    }

    protected override IEnumerable<KeyValuePair<string, int>> OrdinalWords() =>
    [
        Word("premier", 1), Word("première", 1), Word("second", 2), Word("seconde", 2),
        .. Numbered(["deuxième", "troisième", "quatrième", "cinquième", "sixième", "septième", "huitième", "neuvième", "dixième"], 2),
    ];

    protected override IEnumerable<string> YesWords() =>
    [
        "oui", "ouais", "ouaip", "d'accord", "bien sûr", "volontiers", "exact", "exactement", "absolument",
        "tout à fait", "certainement", "carrément", "entendu", "oui merci", "c'est ça",
    ];

    protected override IEnumerable<string> NoWords() =>
    [
        "non", "nan", "pas", "jamais", "pas du tout", "non merci", "surtout pas",
    ];

    protected override IEnumerable<KeyValuePair<string, int>> RelativeDayWords() =>
    [
        Word("aujourd'hui", 0), Word("demain", 1), Word("hier", -1),
        Word("après-demain", 2), Word("après demain", 2), Word("avant-hier", -2), Word("avant hier", -2),
    ];

    [GeneratedRegex(@"(?<![\p{L}\p{N}])(?<n>\d+)(?:er|re|ere|e|eme|de|nd|nde)(?![\p{L}\p{N}])")]
    private static partial Regex DigitOrdinalPattern();
}
