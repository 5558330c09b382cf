using System.Globalization;

namespace BotRuntime.State;

/// <summary>An in-process <see cref="IStorage"/>; documents are immutable JSON, so readers never share mutable state.</summary>
public sealed class MemoryStorage : IStorage
{
    private readonly Dictionary<string, StoreItem> items = new(StringComparer.Ordinal);
    private readonly Lock gate = new();
    private long eTagSequence;

    public Task<IDictionary<string, StoreItem>> ReadAsync(IReadOnlyCollection<string> keys, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(keys);
        IDictionary<string, StoreItem> result = new Dictionary<string, StoreItem>(StringComparer.Ordinal);
        lock (gate)
        {
            foreach (var key in keys)
            {
                if (items.TryGetValue(key, out var item))
                {
                    result[key] = item;
                }
            }
        }

        return Task.FromResult(result);
    }

    public Task<IReadOnlyDictionary<string, string>> WriteAsync(IReadOnlyDictionary<string, StoreItem> changes, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(changes);
        var eTags = new Dictionary<string, string>(StringComparer.Ordinal);
        lock (gate)
        {
            foreach (var (key, change) in changes)
            {
                if (!IsSatisfied(key, change.ETag))
                {
                    throw new StoragePreconditionFailedException(key);
                }
            }

            foreach (var (key, change) in changes)
            {
                var eTag = (++eTagSequence).ToString(CultureInfo.InvariantCulture);
                items[key] = change.WithETag(eTag);
                eTags[key] = eTag;
            }
        }

        return Task.FromResult<IReadOnlyDictionary<string, string>>(eTags);
    }

    public Task DeleteAsync(IReadOnlyCollection<string> keys, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(keys);
        lock (gate)
        {
            foreach (var key in keys)
            {
                items.Remove(key);
            }
        }

        return Task.CompletedTask;
    }

    private bool IsSatisfied(string key, string? eTag)
    {
        if (eTag is null || eTag == StoreItem.AnyETag)
        {
            return true;
        }

        if (eTag == StoreItem.AbsentETag)
        {
            return !items.ContainsKey(key);
        }

        if (eTag.Length == 0)
        {
            throw new ArgumentException($"The ETag of '{key}' is empty; use null or \"*\" to overwrite.");
        }

        return items.TryGetValue(key, out var stored) && stored.ETag == eTag;
    }
}
