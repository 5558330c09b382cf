namespace BotRuntime;

/// <summary>Runs middleware in the order added, then the bot; each piece decides whether to call the next.</summary>
public class MiddlewareSet : IMiddleware, IEnumerable<IMiddleware>
{
    private readonly List<IMiddleware> middleware = [];

    public MiddlewareSet Use(IMiddleware item)
    {
        ArgumentNullException.ThrowIfNull(item);
        middleware.Add(item);
        return this;
    }

    public Task OnTurnAsync(ITurnContext turnContext, NextDelegate next, CancellationToken cancellationToken = default) =>
        ReceiveActivityInternalAsync(turnContext, null, 0, cancellationToken, next);

    public Task ReceiveActivityWithStatusAsync(ITurnContext turnContext, BotCallbackHandler? callback, CancellationToken cancellationToken = default) =>
        ReceiveActivityInternalAsync(turnContext, callback, 0, cancellationToken, null);

    public IEnumerator<IMiddleware> GetEnumerator() => middleware.GetEnumerator();

    System.Collections.IEnumerator System.Collections.IEnumerable.GetEnumerator() => GetEnumerator();

    private Task ReceiveActivityInternalAsync(ITurnContext turnContext, BotCallbackHandler? callback, int index, CancellationToken cancellationToken, NextDelegate? last)
    {
        if (index == middleware.Count)
        {
            if (last is not null)
            {
                return last(cancellationToken);
            }

            return callback is null ? Task.CompletedTask : callback(turnContext, cancellationToken);
        }

        return middleware[index].OnTurnAsync(
            turnContext,
            ct => ReceiveActivityInternalAsync(turnContext, callback, index + 1, ct, last),
            cancellationToken);
    }
}
