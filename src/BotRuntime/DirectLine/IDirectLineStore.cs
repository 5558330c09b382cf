namespace BotRuntime.DirectLine;

/// <summary>
/// Where the channel keeps its conversations and their activity logs, so that any instance (and the same one after a
/// restart) serves the same conversation from the same watermark.
/// </summary>
public interface IDirectLineStore
{
    /// <returns>False when a conversation with this id exists already; it is left as it was.</returns>
    Task<bool> TryCreateConversationAsync(DirectLineConversation conversation, CancellationToken cancellationToken);

    Task<DirectLineConversation?> FindConversationAsync(string conversationId, CancellationToken cancellationToken);

    /// <summary>
    /// Logs an activity under the conversation's next sequence number (1, 2, 3…, never reused), which is passed to
    /// <paramref name="renderActivityJson"/> so the stored JSON can carry the id derived from it.
    /// </summary>
    /// <returns>The sequence number the activity was logged under.</returns>
    /// <exception cref="InvalidOperationException">The conversation does not exist.</exception>
    Task<long> AppendActivityAsync(string conversationId, Func<long, string> renderActivityJson, CancellationToken cancellationToken);

    /// <summary>At most <paramref name="maxCount"/> entries logged after <paramref name="afterSequence"/>, oldest first.</summary>
    Task<IReadOnlyList<DirectLineLogEntry>> ReadActivitiesAsync(string conversationId, long afterSequence, int maxCount, CancellationToken cancellationToken);

    /// <summary>The token signing key shared by every instance: the stored one, or <paramref name="candidate"/> stored now when there is none.</summary>
    Task<byte[]> GetOrAddSigningKeyAsync(byte[] candidate, CancellationToken cancellationToken);
}
