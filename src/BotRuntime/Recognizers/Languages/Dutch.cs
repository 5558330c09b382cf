using System.Text.RegularExpressions;

namespace BotRuntime.Recognizers.Languages;

internal sealed partial class Dutch : Language
{
    private static readonly string[] Units =
    [
        "nul", "een", "twee", "drie", "vier", "vijf", "zes", "zeven", "acht", "negen", "tien",
        "elf", "twaalf", "dertien", "veertien", "vijftien", "zestien", "zeventien", "achttien", "negentien",
    ];

    private static readonly string[] Tens = ["twintig", "dertig", "veertig", "vijftig", "zestig", "zeventig", "tachtig", "negentig"];

    public static Dutch Instance { get; } = new();

    public override string Code => "nl";

    public override Regex DigitOrdinal => DigitOrdinalPattern();

    public override string DaySuffix => "e|ste|de";

    protected override IEnumerable<KeyValuePair<string, int>> NumberWords()
    {
        foreach (var unit in Numbered(Units, 0))
        {
            yield return unit;
        }

        for (var t = 0; t < Tens.Length; t++)
        {
            var tens = 20 + (10 * t);
            yield return Word(Tens[t], tens);
            for (var u = 1; u <= 9; u++)
            {
                // Folding turns "tweeëntwintig" into "tweeentwintig", so one spelling covers both.
                yield return Word($"{Units[u]}en{Tens[t]}", tens + u);
            }
        }

        yield return Word("honderd", 100);
        yield return Word("eenhonderd", 100);
    }

    protected override IEnumerable<KeyValuePair<string, int>> OrdinalWords() =>
        Numbered(["eerste", "tweede", "derde", "vierde", "vijfde", "zesde", "zevende", "achtste", "negende", "tiende"]);

    protected override IEnumerable<string> YesWords() =>
    [
        "ja", "jawel", "jazeker", "jep", "oké", "prima", "goed", "is goed", "zeker", "akkoord", "natuurlijk",
        "klopt", "ja graag", "ja hoor",
    ];

    protected override IEnumerable<string> NoWords() =>
    [
        "nee", "neen", "niet", "nooit", "nee dank je", "nee bedankt", "liever niet", "helemaal niet",
    ];

    protected override IEnumerable<KeyValuePair<string, int>> RelativeDayWords() =>
    [
        Word("vandaag", 0), Word("morgen", 1), Word("gisteren", -1), Word("overmorgen", 2), Word("eergisteren", -2),
    ];

    [GeneratedRegex(@"(?<![\p{L}\p{N}])(?<n>\d+)(?:e|ste|de)(?![\p{L}\p{N}])")]
    private static partial Regex DigitOrdinalPattern();
}
