namespace BotRuntime.State;

/// <summary>Saves the given state scopes after the rest of the turn has run (for hosts whose adapter does not).</summary>
public class AutoSaveStateMiddleware(params IEnumerable<BotState> botStates) : IMiddleware
{
    public BotStateSet BotStateSet { get; } = new(botStates);

    public async Task OnTurnAsync(ITurnContext turnContext, NextDelegate next, CancellationToken cancellationToken = default)
    {
        await next(cancellationToken).ConfigureAwait(false);
        await BotStateSet.SaveAllChangesAsync(turnContext, false, cancellationToken).ConfigureAwait(false);
    }
}
