namespace BotRuntime.State;

/// <summary>
/// The state scopes a host saves together at the end of a turn. Scopes sharing a storage are written in
/// one call, so a conflict on one leaves the others unwritten too and the turn can be re-run cleanly.
/// </summary>
public class BotStateSet
{
    public BotStateSet(params IEnumerable<BotState> botStates) => BotStates = botStates.ToList();

    public IList<BotState> BotStates { get; }

    public BotStateSet Add(BotState botState)
    {
        ArgumentNullException.ThrowIfNull(botState);
        BotStates.Add(botState);
        return this;
    }

    public async Task LoadAllAsync(ITurnContext turnContext, bool force = false, CancellationToken cancellationToken = default)
    {
        foreach (var botState in BotStates)
        {
            await botState.LoadAsync(turnContext, force, cancellationToken).ConfigureAwait(false);
        }
    }

    /// <exception cref="StoragePreconditionFailedException">A scope was changed by someone else since this turn read it.</exception>
    public async Task SaveAllChangesAsync(ITurnContext turnContext, bool force = false, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(turnContext);

        // Grouped by storage in the scopes' order; plain loops, as this runs at the end of every turn.
        var groups = new List<(IStorage Storage, List<PendingStateWrite> Writes)>(1);
        foreach (var state in BotStates)
        {
            if (state.PrepareSave(turnContext, force) is not { } write)
            {
                continue;
            }

            var group = 0;
            while (group < groups.Count && !EqualityComparer<IStorage>.Default.Equals(groups[group].Storage, state.Storage))
            {
                group++;
            }

            if (group == groups.Count)
            {
                groups.Add((state.Storage, [write]));
            }
            else
            {
                groups[group].Writes.Add(write);
            }
        }

        foreach (var (storage, writes) in groups)
        {
            var changes = new Dictionary<string, StoreItem>(writes.Count, StringComparer.Ordinal);
            foreach (var write in writes)
            {
                changes.Add(write.Key, write.Item);
            }

            var eTags = await storage.WriteAsync(changes, cancellationToken).ConfigureAwait(false);
            foreach (var write in writes)
            {
                write.Complete(eTags);
            }
        }
    }

    /// <summary>After a successful <see cref="SaveAllChangesAsync"/>: keeps each scope's document with its live objects for the next turn.</summary>
    internal void RetainAll(ITurnContext turnContext)
    {
        foreach (var botState in BotStates)
        {
            botState.Retain(turnContext);
        }
    }
}
