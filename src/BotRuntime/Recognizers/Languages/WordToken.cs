namespace BotRuntime.Recognizers.Languages;

internal readonly record struct WordToken(string Text, int Start, int End);
