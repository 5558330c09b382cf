using System.Text.RegularExpressions;

namespace BotRuntime.Recognizers.Languages;

// The words of one language that recognizers need. Culture-specific formats (separators, month names,
// day/month order) come from CultureInfo instead; see RecognitionCulture.
internal abstract class Language
{
    private readonly Lazy<PhraseTable<int>> numbers;
    private readonly Lazy<PhraseTable<int>> ordinals;
    private readonly Lazy<PhraseTable<bool>> booleans;
    private readonly Lazy<PhraseTable<int>> relativeDays;

    protected Language()
    {
        numbers = new(() => new PhraseTable<int>(NumberWords(), SeparatesWords));
        ordinals = new(() => new PhraseTable<int>(OrdinalWords(), SeparatesWords));
        booleans = new(() => new PhraseTable<bool>(
            YesWords().Concat(UniversalYes).Select(w => KeyValuePair.Create(w, true))
                .Concat(NoWords().Concat(UniversalNo).Select(w => KeyValuePair.Create(w, false))),
            SeparatesWords));
        relativeDays = new(() => new PhraseTable<int>(RelativeDayWords(), SeparatesWords));
    }

    private static readonly string[] UniversalYes = ["ok", "okay", "\U0001F44D"];
    private static readonly string[] UniversalNo = ["\U0001F44E"];

    public abstract string Code { get; }

    public virtual bool SeparatesWords => true;

    public PhraseTable<int> Numbers => numbers.Value;

    public PhraseTable<int> Ordinals => ordinals.Value;

    public PhraseTable<bool> Booleans => booleans.Value;

    public PhraseTable<int> RelativeDays => relativeDays.Value;

    // Matches a digit ordinal such as "2nd" or "2e"; group "n" holds the digits.
    public abstract Regex DigitOrdinal { get; }

    // Regex alternation of what may follow the day number in "3rd May" / "1er mai"; folded text.
    public abstract string DaySuffix { get; }

    // Words allowed between day and month ("3rd of May"); regex alternation or empty.
    public virtual string DayMonthJoiner => string.Empty;

    // A date written in the language's own notation (e.g. 2021年5月3日); groups y (optional), m, d.
    public virtual Regex? NativeDate => null;

    protected abstract IEnumerable<KeyValuePair<string, int>> NumberWords();

    protected abstract IEnumerable<KeyValuePair<string, int>> OrdinalWords();

    protected abstract IEnumerable<string> YesWords();

    protected abstract IEnumerable<string> NoWords();

    protected abstract IEnumerable<KeyValuePair<string, int>> RelativeDayWords();

    protected static IEnumerable<KeyValuePair<string, int>> Numbered(IEnumerable<string> words, int first = 1) =>
        words.Select((word, i) => KeyValuePair.Create(word, first + i));

    protected static KeyValuePair<string, int> Word(string word, int value) => KeyValuePair.Create(word, value);
}
