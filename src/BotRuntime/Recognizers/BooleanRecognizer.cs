namespace BotRuntime.Recognizers;

// Yes/no answers per language ("yes", "ok", "sure"; "oui"/"non"; "ja"/"nee"; "ja"/"nej"; "是"/"否"/"好"/"不要").
// The earliest answer in the utterance wins; at one position the longest phrase wins ("不是" over "是").
public static class BooleanRecognizer
{
    public const string TypeName = "boolean";

    public static IReadOnlyList<ModelResult<bool>> Recognize(string? utterance, string? locale)
    {
        if (string.IsNullOrWhiteSpace(utterance))
        {
            return [];
        }

        var language = RecognitionCulture.Resolve(locale).Language;
        return language.Booleans.FindAll(TextFold.Fold(utterance))
            .Select(m => new ModelResult<bool>(utterance.Substring(m.Start, m.Length), m.Start, m.End, TypeName, m.Value))
            .ToList();
    }
}
