namespace BotRuntime.DirectLine;

/// <summary>A Direct Line store in process memory: for tests and single-process runs where losing history on restart is fine.</summary>
public sealed class InMemoryDirectLineStore : IDirectLineStore
{
    private readonly Dictionary<string, (DirectLineConversation Conversation, List<string> Log)> conversations = new(StringComparer.Ordinal);
    private readonly Lock gate = new();
    private byte[]? signingKey;

    public Task<bool> TryCreateConversationAsync(DirectLineConversation conversation, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(conversation);
        lock (gate)
        {
            return Task.FromResult(conversations.TryAdd(conversation.Id, (conversation with { LastSequence = 0 }, [])));
        }
    }

    public Task<DirectLineConversation?> FindConversationAsync(string conversationId, CancellationToken cancellationToken)
    {
        lock (gate)
        {
            return Task.FromResult(conversations.TryGetValue(conversationId, out var entry)
                ? entry.Conversation with { LastSequence = entry.Log.Count }
                : null);
        }
    }

    public Task<long> AppendActivityAsync(string conversationId, Func<long, string> renderActivityJson, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(renderActivityJson);
        lock (gate)
        {
            if (!conversations.TryGetValue(conversationId, out var entry))
            {
                throw new InvalidOperationException($"Direct Line conversation '{conversationId}' does not exist.");
            }

            long sequence = entry.Log.Count + 1;
            entry.Log.Add(renderActivityJson(sequence));
            return Task.FromResult(sequence);
        }
    }

    public Task<IReadOnlyList<DirectLineLogEntry>> ReadActivitiesAsync(string conversationId, long afterSequence, int maxCount, CancellationToken cancellationToken)
    {
        lock (gate)
        {
            if (!conversations.TryGetValue(conversationId, out var entry) || afterSequence >= entry.Log.Count)
            {
                return Task.FromResult<IReadOnlyList<DirectLineLogEntry>>([]);
            }

            var start = (int)Math.Max(afterSequence, 0);
            var count = Math.Min(maxCount, entry.Log.Count - start);
            IReadOnlyList<DirectLineLogEntry> entries = Enumerable.Range(start, count)
                .Select(index => new DirectLineLogEntry(index + 1, entry.Log[index]))
                .ToList();
            return Task.FromResult(entries);
        }
    }

    public Task<byte[]> GetOrAddSigningKeyAsync(byte[] candidate, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(candidate);
        lock (gate)
        {
            signingKey ??= candidate.ToArray();
            return Task.FromResult(signingKey.ToArray());
        }
    }
}
