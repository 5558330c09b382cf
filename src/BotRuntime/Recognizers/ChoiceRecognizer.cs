using BotRuntime.Recognizers.Languages;

namespace BotRuntime.Recognizers;

// Matches an utterance against a list of choices: by their words (exact, in a sentence, or partly), else by
// ordinal ("the second one") or number ("2"). Results are best first; a full word match scores 1.
public static class ChoiceRecognizer
{
    public const string TypeName = "choice";

    public static IReadOnlyList<ModelResult<FoundChoice>> Recognize(
        string? utterance, IReadOnlyList<Choice> choices, string? locale, ChoiceRecognizerOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(choices);
        if (string.IsNullOrWhiteSpace(utterance) || choices.Count == 0)
        {
            return [];
        }

        options ??= ChoiceRecognizerOptions.Default;
        var tokens = WordTokens.Split(TextFold.Fold(utterance));
        var found = new List<ModelResult<FoundChoice>>();
        for (var index = 0; index < choices.Count; index++)
        {
            if (BestWordMatch(utterance, tokens, choices[index], index, options) is { } match)
            {
                found.Add(match);
            }
        }

        if (found.Count == 0 && options.RecognizeOrdinals)
        {
            found.AddRange(ByPosition(OrdinalRecognizer.Recognize(utterance, locale).Select(r => (r.Text, r.Start, r.End, (decimal)r.Value)), choices));
        }

        if (found.Count == 0 && options.RecognizeNumbers)
        {
            found.AddRange(ByPosition(NumberRecognizer.Recognize(utterance, locale).Select(r => (r.Text, r.Start, r.End, r.Value)), choices));
        }

        return found
            .OrderByDescending(r => r.Value.Score)
            .ThenBy(r => r.Start)
            .ThenBy(r => r.Value.Index)
            .ToList();
    }

    private static IEnumerable<ModelResult<FoundChoice>> ByPosition(IEnumerable<(string Text, int Start, int End, decimal Value)> positions, IReadOnlyList<Choice> choices)
    {
        foreach (var (text, start, end, value) in positions)
        {
            if (decimal.IsInteger(value) && value >= 1 && value <= choices.Count)
            {
                var index = (int)value - 1;
                yield return new ModelResult<FoundChoice>(text, start, end, TypeName, new FoundChoice(choices[index].Value, index, 1.0, null));
            }
        }
    }

    private static ModelResult<FoundChoice>? BestWordMatch(
        string utterance, IReadOnlyList<WordToken> tokens, Choice choice, int index, ChoiceRecognizerOptions options)
    {
        ModelResult<FoundChoice>? best = null;
        IEnumerable<string> candidates = [choice.Value, .. choice.Title is null ? Array.Empty<string>() : [choice.Title], .. choice.Synonyms];
        foreach (var candidate in candidates)
        {
            var candidateTokens = WordTokens.Split(TextFold.Fold(candidate)).Select(t => t.Text).ToList();
            if (candidateTokens.Count == 0)
            {
                continue;
            }

            for (var start = 0; start < tokens.Count; start++)
            {
                var match = MatchAt(tokens, start, candidateTokens, options.MaxTokenDistance);
                if (match is not { } m || (m.Matched < candidateTokens.Count && !options.AllowPartialMatches))
                {
                    continue;
                }

                var completeness = (double)m.Matched / candidateTokens.Count;
                var accuracy = (double)m.Matched / (m.Matched + m.Deviation);
                var score = completeness * accuracy;
                if (best is null || score > best.Value.Score)
                {
                    var first = tokens[start].Start;
                    var last = tokens[m.LastToken].End;
                    best = new ModelResult<FoundChoice>(
                        utterance.Substring(first, last - first + 1), first, last, TypeName, new FoundChoice(choice.Value, index, score, candidate));
                }
            }
        }

        return best;
    }

    // Matches the candidate's words in order, the first one at `start`; skipped candidate words lower completeness,
    // unmatched utterance words between matches lower accuracy.
    private static (int Matched, int Deviation, int LastToken)? MatchAt(IReadOnlyList<WordToken> tokens, int start, List<string> candidate, int maxDistance)
    {
        var matched = 0;
        var deviation = 0;
        var position = start;
        var last = -1;
        foreach (var word in candidate)
        {
            var limit = matched == 0 ? start : Math.Min(tokens.Count - 1, position + maxDistance);
            for (var k = position; k <= limit && k < tokens.Count; k++)
            {
                if (string.Equals(tokens[k].Text, word, StringComparison.Ordinal))
                {
                    deviation += k - position;
                    matched++;
                    last = k;
                    position = k + 1;
                    break;
                }
            }
        }

        return matched == 0 ? null : (matched, deviation, last);
    }
}
