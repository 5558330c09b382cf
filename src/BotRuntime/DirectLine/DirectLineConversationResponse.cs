using System.Text.Json.Serialization;

namespace BotRuntime.DirectLine;

/// <summary>
/// Direct Line's Conversation object: the answer to token generate/refresh (no stream URL) and to conversation
/// start/reconnect (with the pre-authorized stream URL).
/// </summary>
public sealed class DirectLineConversationResponse
{
    public required string ConversationId { get; init; }

    public required string Token { get; init; }

    /// <summary>Seconds until <see cref="Token"/> expires.</summary>
    [JsonPropertyName("expires_in")]
    public int ExpiresIn { get; init; }

    public string? StreamUrl { get; init; }
}
