using System.Text.RegularExpressions;

namespace BotRuntime.Recognizers.Languages;

internal sealed partial class Swedish : Language
{
    private static readonly string[] Units =
    [
        "noll", "ett", "två", "tre", "fyra", "fem", "sex", "sju", "åtta", "nio", "tio",
        "elva", "tolv", "tretton", "fjorton", "femton", "sexton", "sjutton", "arton", "nitton",
    ];

    private static readonly string[] Tens = ["tjugo", "trettio", "fyrtio", "femtio", "sextio", "sjuttio", "åttio", "nittio"];

    public static Swedish Instance { get; } = new();

    public override string Code => "sv";

    public override Regex DigitOrdinal => DigitOrdinalPattern();

    public override string DaySuffix => ":e|:a";

    protected override IEnumerable<KeyValuePair<string, int>> NumberWords()
    {
        foreach (var unit in Numbered(Units, 0))
        {
            yield return unit;
        }

        yield return Word("en", 1);
        yield return Word("aderton", 18);
        for (var t = 0; t < Tens.Length; t++)
        {
            var tens = 20 + (10 * t);
            yield return Word(Tens[t], tens);
            yield return Word($"{Tens[t]}en", tens + 1);
            yield return Word($"{Tens[t]} en", tens + 1);
            for (var u = 1; u <= 9; u++)
            {
                yield return Word($"{Tens[t]}{Units[u]}", tens + u);
                yield return Word($"{Tens[t]} {Units[u]}", tens + u);
            }
        }

        yield return Word("hundra", 100);
        yield return Word("etthundra", 100);
    }

    protected override IEnumerable<KeyValuePair<string, int>> OrdinalWords() =>
        Numbered(["första", "andra", "tredje", "fjärde", "femte", "sjätte", "sjunde", "åttonde", "nionde", "tionde"]);

    protected override IEnumerable<string> YesWords() =>
    [
        "ja", "japp", "jo", "jadå", "okej", "visst", "absolut", "gärna", "det stämmer", "stämmer", "självklart",
        "precis", "ja tack", "javisst",
    ];

    protected override IEnumerable<string> NoWords() =>
    [
        "nej", "nä", "näe", "nix", "aldrig", "inte", "nej tack", "absolut inte",
    ];

    protected override IEnumerable<KeyValuePair<string, int>> RelativeDayWords() =>
    [
        Word("idag", 0), Word("i dag", 0), Word("imorgon", 1), Word("i morgon", 1), Word("igår", -1), Word("i går", -1),
        Word("i övermorgon", 2), Word("övermorgon", 2), Word("i förrgår", -2), Word("förrgår", -2),
    ];

    [GeneratedRegex(@"(?<![\p{L}\p{N}])(?<n>\d+):(?:a|e)(?![\p{L}\p{N}])")]
    private static partial Regex DigitOrdinalPattern();
}
