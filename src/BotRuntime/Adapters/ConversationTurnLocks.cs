namespace BotRuntime.Adapters;

/// <summary>One async lock per conversation, created on first use and dropped when nobody holds or awaits it.</summary>
internal sealed class ConversationTurnLocks
{
    private readonly Dictionary<string, Entry> entries = new(StringComparer.Ordinal);

    public int Count
    {
        get
        {
            lock (entries)
            {
                return entries.Count;
            }
        }
    }

    public async Task<IDisposable> AcquireAsync(string conversationKey, CancellationToken cancellationToken)
    {
        Entry entry;
        lock (entries)
        {
            if (!entries.TryGetValue(conversationKey, out entry!))
            {
                entry = new Entry();
                entries[conversationKey] = entry;
            }

            entry.Users++;
        }

        try
        {
            await entry.Semaphore.WaitAsync(cancellationToken).ConfigureAwait(false);
        }
        catch
        {
            Leave(conversationKey, entry);
            throw;
        }

        return new Holder(this, conversationKey, entry);
    }

    private void Leave(string conversationKey, Entry entry)
    {
        lock (entries)
        {
            if (--entry.Users == 0)
            {
                entries.Remove(conversationKey);
                entry.Semaphore.Dispose();
            }
        }
    }

    private sealed class Entry
    {
        public SemaphoreSlim Semaphore { get; } = new(1, 1);

        public int Users { get; set; }
    }

    private sealed class Holder(ConversationTurnLocks owner, string conversationKey, Entry entry) : IDisposable
    {
        private int released;

        public void Dispose()
        {
            if (Interlocked.Exchange(ref released, 1) == 0)
            {
                entry.Semaphore.Release();
                owner.Leave(conversationKey, entry);
            }
        }
    }
}
