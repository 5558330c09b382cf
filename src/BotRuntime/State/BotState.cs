using System.Text.Json;
using System.Text.Json.Nodes;
using BotRuntime.Schema;

namespace BotRuntime.State;

/// <summary>
/// A state scope kept as one JSON document per storage key: loaded once per turn with its ETag,
/// saved with that ETag as the precondition so a concurrent change is detected, never overwritten.
/// </summary>
public abstract class BotState
{
    /// <summary>How many finished turns' documents are kept with their live objects by default (<see cref="LiveDocuments"/>).</summary>
    public const int DefaultLiveDocuments = 256;

    private readonly IStorage storage;
    private readonly string contextServiceKey;
    private LiveStateCache live = new(DefaultLiveDocuments);

    protected BotState(IStorage storage, string contextServiceKey)
    {
        this.storage = storage ?? throw new ArgumentNullException(nameof(storage));
        this.contextServiceKey = contextServiceKey ?? throw new ArgumentNullException(nameof(contextServiceKey));
    }

    /// <summary>
    /// How many documents of finished turns are kept with the objects those turns handed out, so that the next turn of
    /// the same conversation or user skips deserializing them (0 = none). A document is used only while storage still
    /// holds exactly it; see <see cref="LiveStateCache"/>.
    /// </summary>
    public int LiveDocuments
    {
        get => live.Capacity;
        set
        {
            ArgumentOutOfRangeException.ThrowIfNegative(value);
            live = new LiveStateCache(value);
        }
    }

    /// <summary>Documents kept now with their live objects.</summary>
    internal int LiveDocumentCount => live.Count;

    public IStatePropertyAccessor<T> CreateProperty<T>(string name)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(name);
        return new BotStatePropertyAccessor<T>(this, name);
    }

    public async Task LoadAsync(ITurnContext turnContext, bool force = false, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(turnContext);
        if (!force && GetCached(turnContext) is not null)
        {
            return;
        }

        var key = GetStorageKey(turnContext);
        var items = await storage.ReadAsync([key], cancellationToken).ConfigureAwait(false);
        CachedBotState cached;
        if (items.TryGetValue(key, out var item))
        {
            var stored = item.Utf8;
            cached = live.Take(key, item.ETag, stored.Span) ?? new CachedBotState(key, stored, item.ETag);
        }
        else
        {
            live.Forget(key);
            cached = new CachedBotState(key, ReadOnlyMemory<byte>.Empty, null);
        }

        turnContext.TurnState[contextServiceKey] = cached;
    }

    /// <summary>
    /// Hands this turn's document, saved or found unchanged, to the next turn with the same key: it leaves the turn
    /// (a later load in this turn reads storage again) and is kept with its live objects.
    /// Call only once the turn has saved successfully and will change none of the objects it was given.
    /// </summary>
    internal void Retain(ITurnContext turnContext)
    {
        if (GetCached(turnContext) is not { } cached)
        {
            return;
        }

        turnContext.TurnState.Remove(contextServiceKey);
        live.Put(cached.Key, cached);
    }

    /// <summary>Writes the document if it changed this turn (or <paramref name="force"/>), conditional on the ETag it was read with.</summary>
    /// <exception cref="StoragePreconditionFailedException">Someone else wrote the document since this turn read it.</exception>
    public async Task SaveChangesAsync(ITurnContext turnContext, bool force = false, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(turnContext);
        if (PrepareSave(turnContext, force) is not { } pending)
        {
            return;
        }

        var eTags = await storage.WriteAsync(new Dictionary<string, StoreItem> { [pending.Key] = pending.Item }, cancellationToken).ConfigureAwait(false);
        pending.Complete(eTags);
    }

    /// <summary>Empties the scope for this turn; the empty document is written by the next save.</summary>
    public Task ClearStateAsync(ITurnContext turnContext, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(turnContext);
        var current = GetCached(turnContext);
        var cleared = new CachedBotState(current?.Key ?? GetStorageKey(turnContext), ReadOnlyMemory<byte>.Empty, current?.ETag);
        cleared.ForceWrite();
        turnContext.TurnState[contextServiceKey] = cleared;
        return Task.CompletedTask;
    }

    /// <summary>Deletes the scope's document from storage and forgets it for this turn.</summary>
    public async Task DeleteAsync(ITurnContext turnContext, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(turnContext);
        turnContext.TurnState.Remove(contextServiceKey);
        var key = GetStorageKey(turnContext);
        live.Forget(key);
        await storage.DeleteAsync([key], cancellationToken).ConfigureAwait(false);
    }

    /// <summary>A snapshot of the scope's document as the turn sees it now (null when not loaded).</summary>
    public JsonObject? Get(ITurnContext turnContext)
    {
        ArgumentNullException.ThrowIfNull(turnContext);
        return GetCached(turnContext)?.ToJsonObject();
    }

    public string GetStorageKeyFor(ITurnContext turnContext) => GetStorageKey(turnContext);

    internal IStorage Storage => storage;

    /// <summary>The write this scope needs at the end of the turn, or null when nothing changed.</summary>
    internal PendingStateWrite? PrepareSave(ITurnContext turnContext, bool force)
    {
        if (GetCached(turnContext) is not { } cached)
        {
            return null;
        }

        var json = cached.Serialize();
        if (!force && json.AsSpan().SequenceEqual(cached.Hash.Span))
        {
            return null;
        }

        return new PendingStateWrite(StoreItem.FromOwnUtf8(json, cached.ETag ?? StoreItem.AbsentETag), json, cached);
    }

    protected abstract string GetStorageKey(ITurnContext turnContext);

    internal async Task<(bool Found, T? Value)> GetPropertyValueAsync<T>(ITurnContext turnContext, string name, CancellationToken cancellationToken)
    {
        await LoadAsync(turnContext, false, cancellationToken).ConfigureAwait(false);
        var found = GetCached(turnContext)!.TryGet<T>(name, out var value);
        return (found, value);
    }

    internal async Task SetPropertyValueAsync(ITurnContext turnContext, string name, object? value, CancellationToken cancellationToken)
    {
        await LoadAsync(turnContext, false, cancellationToken).ConfigureAwait(false);
        GetCached(turnContext)!.Set(name, value);
    }

    internal async Task DeletePropertyValueAsync(ITurnContext turnContext, string name, CancellationToken cancellationToken)
    {
        await LoadAsync(turnContext, false, cancellationToken).ConfigureAwait(false);
        GetCached(turnContext)!.Delete(name);
    }

    private CachedBotState? GetCached(ITurnContext turnContext) =>
        turnContext.TurnState.TryGetValue(contextServiceKey, out var value) ? value as CachedBotState : null;
}
