namespace BotRuntime.Recognizers;

public sealed record ChoiceRecognizerOptions
{
    public static ChoiceRecognizerOptions Default { get; } = new();

    // "status" picks "Check order status", with a lower score than a full match.
    public bool AllowPartialMatches { get; init; } = true;

    // "2" picks the second choice (tried only when no choice matched by its words).
    public bool RecognizeNumbers { get; init; } = true;

    // "the second one" picks the second choice (tried only when no choice matched by its words).
    public bool RecognizeOrdinals { get; init; } = true;

    // How many unmatched words may sit between two matched words of one choice.
    public int MaxTokenDistance { get; init; } = 2;
}
