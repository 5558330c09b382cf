using System.Collections.Concurrent;
using System.Diagnostics;
using BotRuntime.State;

namespace PlanningServicesBot.Data.BotState;

/// <summary>
/// The state documents this process read or wrote last, so that a turn loads its state without a query. Bounded:
/// past the capacity the least recently used eighth is dropped. An entry is only ever a shortcut: writes still carry
/// the ETag as their condition, so a stale entry costs a conflict and a re-run, never a lost update.
/// </summary>
internal sealed class StateDocumentCache
{
    private readonly ConcurrentDictionary<string, Entry> entries = new(StringComparer.Ordinal);
    private readonly int capacity;
    private int count;
    private int trimming;

    public StateDocumentCache(int capacity)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(capacity);
        this.capacity = capacity;
    }

    public int Count => Volatile.Read(ref count);

    public bool TryGet(string key, out StoreItem item)
    {
        if (entries.TryGetValue(key, out var entry))
        {
            entry.LastUsed = Stopwatch.GetTimestamp();
            item = entry.Item;
            return true;
        }

        item = null!;
        return false;
    }

    /// <summary>What the database now holds for the key (called in commit order by the one writer).</summary>
    public void Set(string key, StoreItem item)
    {
        if (capacity == 0)
        {
            return;
        }

        if (entries.TryGetValue(key, out var entry))
        {
            entry.Item = item;
            entry.LastUsed = Stopwatch.GetTimestamp();
            return;
        }

        if (entries.TryAdd(key, new Entry(item)))
        {
            Added();
        }
        else
        {
            entries[key] = new Entry(item);
        }
    }

    /// <summary>A document a reader found in the database; a newer one the writer put meanwhile wins.</summary>
    public void AddIfAbsent(string key, StoreItem item)
    {
        if (capacity > 0 && entries.TryAdd(key, new Entry(item)))
        {
            Added();
        }
    }

    public void Remove(string key)
    {
        if (entries.TryRemove(key, out _))
        {
            Interlocked.Decrement(ref count);
        }
    }

    private void Added()
    {
        if (Interlocked.Increment(ref count) > capacity + (capacity / 8) + 1)
        {
            Trim();
        }
    }

    private void Trim()
    {
        if (Interlocked.Exchange(ref trimming, 1) == 1)
        {
            return;
        }

        try
        {
            var keep = capacity - (capacity / 8);
            var oldestFirst = entries.Select(e => (e.Key, e.Value.LastUsed)).ToArray();
            Array.Sort(oldestFirst, (a, b) => a.LastUsed.CompareTo(b.LastUsed));
            for (var i = 0; i < oldestFirst.Length - keep; i++)
            {
                Remove(oldestFirst[i].Key);
            }
        }
        finally
        {
            Volatile.Write(ref trimming, 0);
        }
    }

    private sealed class Entry(StoreItem item)
    {
        public StoreItem Item { get; set; } = item;

        public long LastUsed { get; set; } = Stopwatch.GetTimestamp();
    }
}
