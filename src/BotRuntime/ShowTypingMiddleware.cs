using BotRuntime.Adapters;
using BotRuntime.Schema;

namespace BotRuntime;

/// <summary>
/// Shows the user that a slow turn is being worked on, as the SDK's ShowTypingMiddleware did: for an inbound
/// message, a typing activity after <c>delay</c> (500 ms by default) and again every <c>period</c> (2 s) until the turn
/// ends. Fast turns send none. Nothing is sent for expectReplies, whose replies all arrive in one HTTP body.
/// </summary>
/// <param name="timeProvider">The clock the waits run on (the system's by default).</param>
public sealed class ShowTypingMiddleware(TimeSpan? delay = null, TimeSpan? period = null, TimeProvider? timeProvider = null) : IMiddleware
{
    private readonly TimeSpan _delay = delay ?? TimeSpan.FromMilliseconds(500);
    private readonly TimeSpan _period = period ?? TimeSpan.FromSeconds(2);
    private readonly TimeProvider _time = timeProvider ?? TimeProvider.System;

    public async Task OnTurnAsync(ITurnContext turnContext, NextDelegate next, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(turnContext);
        ArgumentNullException.ThrowIfNull(next);
        var sender = turnContext.Activity.IsType(ActivityTypes.Message) && turnContext.Adapter is CloudAdapter adapter
            ? adapter.TypingSender(turnContext)
            : null;
        if (sender is null)
        {
            await next(cancellationToken).ConfigureAwait(false);
            return;
        }

        using var turnOver = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        var indicator = ShowTypingAsync(sender, turnContext.Activity.GetConversationReference(), turnOver.Token);
        try
        {
            await next(cancellationToken).ConfigureAwait(false);
        }
        finally
        {
            await turnOver.CancelAsync().ConfigureAwait(false);
            await indicator.ConfigureAwait(false);
        }
    }

    // Most turns end before the first delay: ending the wait must not cost an exception, so cancellation is observed
    // through the token rather than thrown.
    private async Task ShowTypingAsync(Func<Activity, CancellationToken, Task> send, ConversationReference conversation, CancellationToken turnOver)
    {
        await Task.Delay(_delay, _time, turnOver).ConfigureAwait(ConfigureAwaitOptions.SuppressThrowing);
        if (turnOver.IsCancellationRequested)
        {
            return;
        }

        var typing = Activity.CreateTypingActivity().ApplyConversationReference(conversation);
        try
        {
            while (!turnOver.IsCancellationRequested)
            {
                await send(typing, turnOver).ConfigureAwait(false);
                await Task.Delay(_period, _time, turnOver).ConfigureAwait(ConfigureAwaitOptions.SuppressThrowing);
            }
        }
        catch (OperationCanceledException)
        {
            // The turn ended while a typing indicator was being sent: stop showing typing.
        }
    }
}
