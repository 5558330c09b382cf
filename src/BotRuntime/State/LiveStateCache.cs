using System.Collections.Concurrent;

namespace BotRuntime.State;

/// <summary>
/// The documents of finished turns, kept with the live objects their turns handed out, so that the next turn of the
/// same conversation (or user) starts from those objects instead of deserializing the document again.
/// <para>
/// An entry is taken out when a turn loads it, so no two turns ever hold the same objects, and it is put back only
/// by a turn that saved successfully (its objects then write out to exactly the stored bytes). It is used only while
/// the storage still holds that very document: the same ETag and the same bytes. Anything else (a failed or
/// re-run turn, a write from elsewhere, a deletion) leaves the entry out and the next turn reads the stored document.
/// </para>
/// </summary>
internal sealed class LiveStateCache(int capacity)
{
    private readonly ConcurrentDictionary<string, Entry> entries = new(StringComparer.Ordinal);

    // Keys in the order they were put back; an entry whose key leaves the queue is evicted unless put back since.
    private readonly ConcurrentQueue<(string Key, long Sequence)> order = new();
    private long sequence;

    public int Capacity => capacity;

    public int Count => entries.Count;

    /// <summary>The kept state for <paramref name="key"/> if it is the stored document (<paramref name="eTag"/> and bytes); it is no longer kept.</summary>
    public CachedBotState? Take(string key, string? eTag, ReadOnlySpan<byte> stored)
    {
        if (!entries.TryRemove(key, out var entry))
        {
            return null;
        }

        var state = entry.State;
        return eTag is not null && state.ETag == eTag && state.Hash.Span.SequenceEqual(stored) ? state : null;
    }

    public void Forget(string key) => entries.TryRemove(key, out _);

    /// <summary>Keeps a state that a turn has just saved (or found unchanged) and no longer uses.</summary>
    public void Put(string key, CachedBotState state)
    {
        if (capacity <= 0 || state.ETag is null || state.Hash.IsEmpty)
        {
            return;
        }

        var entry = new Entry(state, Interlocked.Increment(ref sequence));
        entries[key] = entry;
        order.Enqueue((key, entry.Sequence));
        while (order.Count > capacity && order.TryDequeue(out var oldest))
        {
            if (entries.TryGetValue(oldest.Key, out var kept) && kept.Sequence == oldest.Sequence)
            {
                entries.TryRemove(new KeyValuePair<string, Entry>(oldest.Key, kept));
            }
        }
    }

    private sealed record Entry(CachedBotState State, long Sequence);
}
