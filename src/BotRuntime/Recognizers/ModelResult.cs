namespace BotRuntime.Recognizers;

/// <summary>
/// One thing recognized in an utterance, shaped like Microsoft.Recognizers.Text's ModelResult
/// with a typed resolution. <see cref="End"/> is inclusive, as in Recognizers-Text.
/// </summary>
public sealed record ModelResult<T>(string Text, int Start, int End, string TypeName, T Value);
