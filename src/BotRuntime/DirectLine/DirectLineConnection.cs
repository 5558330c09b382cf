namespace BotRuntime.DirectLine;

/// <summary>A conversation a client may now stream: the token to use and the watermark its stream starts after.</summary>
internal sealed record DirectLineConnection(string ConversationId, string Token, TimeSpan ExpiresIn, long StreamWatermark, bool Created);
