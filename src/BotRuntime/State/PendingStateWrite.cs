namespace BotRuntime.State;

/// <summary>A scope's changed document waiting to be written; completing it records the new ETag for later saves in the turn.</summary>
internal sealed class PendingStateWrite(StoreItem item, byte[] json, CachedBotState cached)
{
    public string Key => cached.Key;

    public StoreItem Item { get; } = item;

    public void Complete(IReadOnlyDictionary<string, string> eTags)
    {
        cached.ETag = eTags.TryGetValue(Key, out var eTag) ? eTag : null;
        cached.Hash = json;
    }
}
