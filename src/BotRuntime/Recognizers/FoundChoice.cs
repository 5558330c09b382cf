namespace BotRuntime.Recognizers;

// Index is the position in the list of choices; Synonym is the text that matched (value, title or synonym),
// null when the choice was picked by number or ordinal.
public sealed record FoundChoice(string Value, int Index, double Score, string? Synonym);
