namespace BotRuntime.Recognizers.Languages;

// End is inclusive, like ModelResult.
internal readonly record struct PhraseMatch<T>(int Start, int End, T Value)
{
    public int Length => End - Start + 1;
}
