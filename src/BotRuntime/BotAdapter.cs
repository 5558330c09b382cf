using BotRuntime.Schema;

namespace BotRuntime;

/// <summary>Connects a bot to a channel: runs turns through the middleware and carries the turn's replies out.</summary>
public abstract class BotAdapter
{
    /// <summary>Turn-state key under which the invoke response activity of an invoke turn is kept.</summary>
    public const string InvokeResponseKey = "BotAdapter.InvokeResponse";

    public MiddlewareSet MiddlewareSet { get; } = new();

    /// <summary>Called with a turn's unhandled exception; when null the exception propagates.</summary>
    public Func<ITurnContext, Exception, Task>? OnTurnError { get; set; }

    public BotAdapter Use(IMiddleware middleware)
    {
        MiddlewareSet.Use(middleware);
        return this;
    }

    public abstract Task<ResourceResponse[]> SendActivitiesAsync(ITurnContext turnContext, Activity[] activities, CancellationToken cancellationToken);

    public abstract Task<ResourceResponse> UpdateActivityAsync(ITurnContext turnContext, Activity activity, CancellationToken cancellationToken);

    public abstract Task DeleteActivityAsync(ITurnContext turnContext, ConversationReference reference, CancellationToken cancellationToken);

    /// <summary>Runs a turn on a synthetic ContinueConversation event, for proactive messages.</summary>
    public virtual async Task ContinueConversationAsync(ConversationReference reference, BotCallbackHandler callback, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(reference);
        var context = new TurnContext(this, reference.GetContinuationActivity());
        await RunPipelineAsync(context, callback, cancellationToken).ConfigureAwait(false);
    }

    protected async Task RunPipelineAsync(ITurnContext turnContext, BotCallbackHandler? callback, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(turnContext);
        try
        {
            await MiddlewareSet.ReceiveActivityWithStatusAsync(turnContext, callback, cancellationToken).ConfigureAwait(false);
        }
        catch (Exception exception) when (OnTurnError is not null)
        {
            await OnTurnError(turnContext, exception).ConfigureAwait(false);
        }
    }
}
