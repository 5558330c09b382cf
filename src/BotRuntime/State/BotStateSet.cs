namespace BotRuntime.State;

/// <summary>The state scopes a host saves together at the end of a turn.</summary>
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

    public Task LoadAllAsync(ITurnContext turnContext, bool force = false, CancellationToken cancellationToken = default) =>
        Task.WhenAll(BotStates.Select(s => s.LoadAsync(turnContext, force, cancellationToken)));

    public async Task SaveAllChangesAsync(ITurnContext turnContext, bool force = false, CancellationToken cancellationToken = default)
    {
        foreach (var botState in BotStates)
        {
            await botState.SaveChangesAsync(turnContext, force, cancellationToken).ConfigureAwait(false);
        }
    }
}
