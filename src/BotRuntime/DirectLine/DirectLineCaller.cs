using Microsoft.AspNetCore.Http;

namespace BotRuntime.DirectLine;

/// <summary>
/// Who is calling: a holder of a channel secret (any conversation, any user) or of a token (its conversation, as its
/// user), with the token as presented.
/// </summary>
internal sealed record DirectLineCaller(DirectLineToken? Token, string? PresentedToken)
{
    public static DirectLineCaller SecretHolder { get; } = new(null, null);

    public bool HoldsSecret => Token is null;

    /// <exception cref="DirectLineRequestException">403: the token belongs to another conversation.</exception>
    public void EnsureMayAccess(string conversationId)
    {
        if (Token is not null && !string.Equals(Token.ConversationId, conversationId, StringComparison.Ordinal))
        {
            throw new DirectLineRequestException(
                StatusCodes.Status403Forbidden, DirectLineErrorCodes.Forbidden, "The token is not valid for this conversation.");
        }
    }
}
