using System.Text.RegularExpressions;

namespace BotRuntime.Recognizers.Languages;

internal sealed partial class English : Language
{
    private static readonly string[] Units =
    [
        "zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten",
        "eleven", "twelve", "thirteen", "fourteen", "fifteen", "sixteen", "seventeen", "eighteen", "nineteen",
    ];

    private static readonly string[] Tens = ["twenty", "thirty", "forty", "fifty", "sixty", "seventy", "eighty", "ninety"];

    public static English Instance { get; } = new();

    public override string Code => "en";

    public override Regex DigitOrdinal => DigitOrdinalPattern();

    public override string DaySuffix => "st|nd|rd|th";

    public override string DayMonthJoiner => "of";

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
                yield return Word($"{Tens[t]}-{Units[u]}", tens + u);
            }
        }

        yield return Word("hundred", 100);
        yield return Word("a hundred", 100);
        yield return Word("one hundred", 100);
    }

    protected override IEnumerable<KeyValuePair<string, int>> OrdinalWords() =>
        Numbered(["first", "second", "third", "fourth", "fifth", "sixth", "seventh", "eighth", "ninth", "tenth"]);

    protected override IEnumerable<string> YesWords() =>
    [
        "yes", "y", "yeah", "yep", "yup", "sure", "of course", "correct", "right", "absolutely", "definitely",
        "affirmative", "agreed", "sounds good", "go ahead", "yes please",
    ];

    protected override IEnumerable<string> NoWords() =>
    [
        "no", "n", "nope", "nah", "not", "never", "negative", "no thanks", "no thank you", "not really",
    ];

    protected override IEnumerable<KeyValuePair<string, int>> RelativeDayWords() =>
    [
        Word("today", 0), Word("tomorrow", 1), Word("yesterday", -1),
        Word("day after tomorrow", 2), Word("the day after tomorrow", 2),
        Word("day before yesterday", -2), Word("the day before yesterday", -2),
    ];

    [GeneratedRegex(@"(?<![\p{L}\p{N}])(?<n>\d+)(?:st|nd|rd|th)(?![\p{L}\p{N}])")]
    private static partial Regex DigitOrdinalPattern();
}
