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
        var pending = BotStates
            .Select(state => (state.Storage, Write: state.PrepareSave(turnContext, force)))
            .Where(p => p.Write is not null)
            .GroupBy(p => p.Storage, p => p.Write!);

        foreach (var group in pending)
        {
            var writes = group.ToList();
            var eTags = await group.Key.WriteAsync(writes.ToDictionary(w => w.Key, w => w.Item, StringComparer.Ordinal), cancellationToken).ConfigureAwait(false);
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
