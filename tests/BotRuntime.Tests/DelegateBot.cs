namespace BotRuntime.Tests;

/// <summary>A bot whose turn is the given function.</summary>
public sealed class DelegateBot(Func<ITurnContext, CancellationToken, Task> onTurn) : IBot
{
    public Task OnTurnAsync(ITurnContext turnContext, CancellationToken cancellationToken = default) => onTurn(turnContext, cancellationToken);
}
