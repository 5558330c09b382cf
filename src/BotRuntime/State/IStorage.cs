namespace BotRuntime.State;

/// <summary>A key-value store of JSON documents with optimistic concurrency through ETags.</summary>
public interface IStorage
{
    /// <summary>Reads the given keys; missing keys are absent from the result.</summary>
    Task<IDictionary<string, StoreItem>> ReadAsync(IReadOnlyCollection<string> keys, CancellationToken cancellationToken = default);

    /// <summary>
    /// Writes all changes or none; each item's ETag is its precondition (see <see cref="StoreItem"/>).
    /// Returns the new ETag of every written key.
    /// </summary>
    /// <exception cref="StoragePreconditionFailedException">An item's ETag no longer matches (it was changed or deleted meanwhile).</exception>
    Task<IReadOnlyDictionary<string, string>> WriteAsync(IReadOnlyDictionary<string, StoreItem> changes, CancellationToken cancellationToken = default);

    Task DeleteAsync(IReadOnlyCollection<string> keys, CancellationToken cancellationToken = default);
}
