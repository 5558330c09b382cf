using System.Text.RegularExpressions;

namespace BotRuntime.Recognizers.Languages;

internal sealed partial class Chinese : Language
{
    private const string Digits = "零一二三四五六七八九";

    public static Chinese Instance { get; } = new();

    public override string Code => "zh";

    public override bool SeparatesWords => false;

    public override Regex DigitOrdinal => DigitOrdinalPattern();

    public override string DaySuffix => "日|号";

    public override Regex? NativeDate => NativeDatePattern();

    protected override IEnumerable<KeyValuePair<string, int>> NumberWords()
    {
        for (var n = 0; n <= 99; n++)
        {
            yield return Word(Spell(n), n);
        }

        yield return Word("〇", 0);
        yield return Word("两", 2);
        yield return Word("兩", 2);
        yield return Word("一十", 10);
        yield return Word("一百", 100);
        yield return Word("百", 100);
    }

    protected override IEnumerable<KeyValuePair<string, int>> OrdinalWords()
    {
        for (var n = 1; n <= 99; n++)
        {
            yield return Word("第" + Spell(n), n);
        }
    }

    protected override IEnumerable<string> YesWords() =>
    [
        "是", "是的", "好", "好的", "对", "对的", "對", "可以", "行", "确定", "確定", "嗯", "没问题", "沒問題", "当然", "當然", "同意", "要",
    ];

    protected override IEnumerable<string> NoWords() =>
    [
        "否", "不", "不是", "不要", "不行", "不对", "不對", "没有", "沒有", "不好", "不用", "不可以", "不同意", "不确定",
    ];

    protected override IEnumerable<KeyValuePair<string, int>> RelativeDayWords() =>
    [
        Word("今天", 0), Word("今日", 0), Word("明天", 1), Word("明日", 1), Word("昨天", -1), Word("昨日", -1),
        Word("后天", 2), Word("後天", 2), Word("前天", -2),
    ];

    // 三 → 3, 十二 → 12, 二十 → 20, 二十三 → 23.
    private static string Spell(int n) => n switch
    {
        < 10 => Digits[n].ToString(),
        < 20 => "十" + (n % 10 == 0 ? string.Empty : Digits[n % 10].ToString()),
        _ => Digits[n / 10] + "十" + (n % 10 == 0 ? string.Empty : Digits[n % 10].ToString()),
    };

    [GeneratedRegex(@"第\s*(?<n>\d+)")]
    private static partial Regex DigitOrdinalPattern();

    [GeneratedRegex(@"(?:(?<y>\d{4})\s*年\s*)?(?<m>\d{1,2}|[一二三四五六七八九十]{1,3})\s*月\s*(?<d>\d{1,2}|[一二三四五六七八九十]{1,3})\s*[日号號]?")]
    private static partial Regex NativeDatePattern();
}
