using System.Buffers.Text;
using System.Globalization;
using System.Security.Cryptography;

namespace BotRuntime.DirectLine;

/// <summary>Conversation ids, activity ids and watermarks as this channel writes and reads them.</summary>
internal static class DirectLineIds
{
    public const int MaxConversationIdLength = 64;

    /// <summary>22 URL-safe characters carrying 128 random bits.</summary>
    public static string NewRandom() => Base64Url.EncodeToString(RandomNumberGenerator.GetBytes(16));

    public static string NewConversationId() => NewRandom();

    /// <summary>The id of the activity logged under <paramref name="sequence"/>, as Azure writes it: <c>{conversationId}|0000007</c>.</summary>
    public static string ActivityId(string conversationId, long sequence) =>
        string.Create(CultureInfo.InvariantCulture, $"{conversationId}|{sequence:D7}");

    public static string Watermark(long sequence) => sequence.ToString(CultureInfo.InvariantCulture);

    /// <summary>An empty or missing watermark means "from the beginning"; anything but a non-negative integer is refused.</summary>
    public static bool TryParseWatermark(string? watermark, out long sequence)
    {
        if (string.IsNullOrEmpty(watermark))
        {
            sequence = 0;
            return true;
        }

        return long.TryParse(watermark, NumberStyles.None, CultureInfo.InvariantCulture, out sequence);
    }

    public static bool IsWellFormedConversationId(string? conversationId) =>
        !string.IsNullOrEmpty(conversationId)
        && conversationId.Length <= MaxConversationIdLength
        && conversationId.All(c => char.IsAsciiLetterOrDigit(c) || c is '-' or '_');
}
