using Stopwatch = System.Diagnostics.Stopwatch;
using System.Security.Cryptography;
using System.Text.Json;
using BotRuntime.Hosting;
using BotRuntime.Schema;
using BotRuntime.State;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace BotRuntime.Adapters;

/// <summary>
/// Runs turns the way this runtime promises: one turn per conversation at a time; replies held back
/// until the turn's state is saved with If-Match; a turn whose save meets a concurrent change is re-run
/// from scratch (its replies discarded); a failed turn is logged, apologised for and its conversation
/// state cleared; then the replies go out (HTTP body for expectReplies, otherwise the channel's delivery).
/// </summary>
public class CloudAdapter : BotAdapter
{
    private const string ReplyBufferKey = "CloudAdapter.ReplyBuffer";

    private readonly IReplyDelivery defaultDelivery;
    private readonly BotStateSet botStates;
    private readonly ConversationState? conversationState;
    private readonly ITurnErrorReply turnErrorReply;
    private readonly int maxTurnAttempts;
    private readonly TimeSpan slowTurnWarning;
    private readonly ILogger<CloudAdapter> logger;
    private readonly ConversationTurnLocks conversationLocks = new();

    public CloudAdapter(
        IReplyDelivery defaultDelivery,
        BotStateSet botStates,
        ITurnErrorReply turnErrorReply,
        IOptions<BotRuntimeOptions> options,
        ILogger<CloudAdapter> logger,
        IEnumerable<IMiddleware>? middleware = null,
        ConversationState? conversationState = null)
    {
        this.defaultDelivery = defaultDelivery ?? throw new ArgumentNullException(nameof(defaultDelivery));
        this.botStates = botStates ?? throw new ArgumentNullException(nameof(botStates));
        this.turnErrorReply = turnErrorReply ?? throw new ArgumentNullException(nameof(turnErrorReply));
        this.conversationState = conversationState;
        this.logger = logger;
        maxTurnAttempts = options.Value.MaxTurnAttempts;
        slowTurnWarning = options.Value.SlowTurnWarning;
        foreach (var item in middleware ?? [])
        {
            Use(item);
        }
    }

    /// <summary>Conversations with a turn running or waiting; a lock exists only while it is needed.</summary>
    internal int ConversationLockCount => conversationLocks.Count;

    /// <summary>
    /// Runs one inbound activity as a turn and delivers its replies through <paramref name="delivery"/>
    /// (the Connector by default). Returns the HTTP answer the channel expects: the invoke response
    /// (501 when the bot gave none), the expected replies for expectReplies, or null for a plain 200.
    /// </summary>
    public async Task<InvokeResponse?> ProcessActivityAsync(Activity activity, BotCallbackHandler callback, IReplyDelivery? delivery = null, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(activity);
        ArgumentNullException.ThrowIfNull(callback);
        var conversationId = activity.Conversation?.Id;
        if (string.IsNullOrEmpty(activity.Type) || string.IsNullOrEmpty(conversationId))
        {
            throw new ArgumentException("An activity needs a type and a conversation.id to run a turn.", nameof(activity));
        }

        delivery ??= defaultDelivery;
        var arrived = Stopwatch.GetTimestamp();
        using var conversationLock = await conversationLocks.AcquireAsync($"{activity.ChannelId}/{conversationId}", cancellationToken).ConfigureAwait(false);
        var started = Stopwatch.GetTimestamp();

        // Each attempt starts from the activity as it arrived, whatever the previous attempt did to it.
        var pristine = activity.Clone();
        for (var attempt = 1; ; attempt++)
        {
            var turnActivity = attempt == 1 ? activity : pristine.Clone();
            var context = new TurnContext(this, turnActivity);
            var buffer = new TurnReplyBuffer(IsExpectReplies(turnActivity), delivery);
            context.TurnState[ReplyBufferKey] = buffer;
            long ran = 0;
            try
            {
                await MiddlewareSet.ReceiveActivityWithStatusAsync(context, callback, cancellationToken).ConfigureAwait(false);
                ran = Stopwatch.GetTimestamp();
                await botStates.SaveAllChangesAsync(context, false, cancellationToken).ConfigureAwait(false);

                // Nothing of this turn touches state from here on: its objects can start the conversation's next turn.
                botStates.RetainAll(context);
            }
            catch (StoragePreconditionFailedException conflict) when (attempt < maxTurnAttempts)
            {
                logger.LogInformation(
                    "State {Key} changed during a turn of conversation {ConversationId}; re-running the turn (attempt {Attempt}).",
                    conflict.Key, conversationId, attempt + 1);
                continue;
            }
            catch (Exception exception) when (exception is not OperationCanceledException || !cancellationToken.IsCancellationRequested)
            {
                await HandleTurnErrorAsync(context, buffer, exception).ConfigureAwait(false);
            }

            var saved = Stopwatch.GetTimestamp();
            await DeliverAsync(buffer, turnActivity).ConfigureAwait(false);
            WarnIfSlow(turnActivity, attempt, arrived, started, ran == 0 ? saved : ran, saved);
            return TurnResult(context, buffer);
        }
    }

    /// <summary>Runs a proactive turn in a known conversation; its replies go to the reference's serviceUrl.</summary>
    public override Task ContinueConversationAsync(ConversationReference reference, BotCallbackHandler callback, CancellationToken cancellationToken = default) =>
        ContinueConversationAsync(reference, callback, null, cancellationToken);

    public Task ContinueConversationAsync(ConversationReference reference, BotCallbackHandler callback, IReplyDelivery? delivery, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(reference);
        return ProcessActivityAsync(reference.GetContinuationActivity(), callback, delivery, cancellationToken);
    }

    public override async Task<ResourceResponse[]> SendActivitiesAsync(ITurnContext turnContext, Activity[] activities, CancellationToken cancellationToken)
    {
        var buffer = GetBuffer(turnContext);
        var responses = new ResourceResponse[activities.Length];
        for (var i = 0; i < activities.Length; i++)
        {
            var activity = activities[i];
            responses[i] = new ResourceResponse(string.Empty);
            switch (activity.Type)
            {
                case ActivityTypes.InvokeResponse:
                    turnContext.TurnState[InvokeResponseKey] = activity;
                    if (buffer.ExpectReplies)
                    {
                        buffer.Add(new OutboundOperation(OutboundOperationKind.Send, activity));
                    }

                    break;
                case ActivityTypes.Delay:
                    buffer.Add(new OutboundOperation(OutboundOperationKind.Delay, activity));
                    break;
                case ActivityTypes.Typing when !buffer.ExpectReplies:
                    // Typing is shown while the turn runs, so it cannot wait for the end of the turn.
                    responses[i] = await SendNowAsync(buffer.Delivery, activity, cancellationToken).ConfigureAwait(false);
                    break;
                default:
                    buffer.Add(new OutboundOperation(OutboundOperationKind.Send, activity));
                    break;
            }
        }

        return responses;
    }

    public override Task<ResourceResponse> UpdateActivityAsync(ITurnContext turnContext, Activity activity, CancellationToken cancellationToken)
    {
        GetBuffer(turnContext).Add(new OutboundOperation(OutboundOperationKind.Update, activity));
        return Task.FromResult(new ResourceResponse(activity.Id));
    }

    public override Task DeleteActivityAsync(ITurnContext turnContext, ConversationReference reference, CancellationToken cancellationToken)
    {
        GetBuffer(turnContext).Add(new OutboundOperation(OutboundOperationKind.Delete, Reference: reference));
        return Task.CompletedTask;
    }

    /// <summary>
    /// A sender of typing indicators for this turn that is safe to call from another thread while the turn runs
    /// (it touches no turn state), or null when typing cannot be shown (expectReplies answers in one HTTP body).
    /// </summary>
    internal Func<Activity, CancellationToken, Task>? TypingSender(ITurnContext turnContext)
    {
        var buffer = GetBuffer(turnContext);
        return buffer.ExpectReplies ? null : (typing, cancellationToken) => SendNowAsync(buffer.Delivery, typing, cancellationToken);
    }

    private void WarnIfSlow(Activity activity, int attempt, long arrived, long started, long ran, long saved)
    {
        var total = Stopwatch.GetElapsedTime(arrived);
        if (total < slowTurnWarning)
        {
            return;
        }

        logger.LogWarning(
            "Slow turn: {TotalMs:0} ms for {ActivityType} in {ChannelId} conversation {ConversationId} (attempt {Attempt}): " +
            "{WaitMs:0} ms waiting for the conversation's previous turn, {RunMs:0} ms running, {SaveMs:0} ms saving state, {DeliverMs:0} ms delivering.",
            total.TotalMilliseconds, activity.Type, activity.ChannelId, activity.Conversation?.Id, attempt,
            Stopwatch.GetElapsedTime(arrived, started).TotalMilliseconds,
            Stopwatch.GetElapsedTime(started, ran).TotalMilliseconds,
            Stopwatch.GetElapsedTime(ran, saved).TotalMilliseconds,
            Stopwatch.GetElapsedTime(saved).TotalMilliseconds);
    }

    private static bool IsExpectReplies(Activity activity) =>
        string.Equals(activity.DeliveryMode, DeliveryModes.ExpectReplies, StringComparison.OrdinalIgnoreCase);

    private static TurnReplyBuffer GetBuffer(ITurnContext turnContext) =>
        turnContext.TurnState.Get<TurnReplyBuffer>(ReplyBufferKey)
        ?? throw new InvalidOperationException("This turn was not started by CloudAdapter.ProcessActivityAsync.");

    private static InvokeResponse? TurnResult(ITurnContext context, TurnReplyBuffer buffer)
    {
        if (buffer.ExpectReplies)
        {
            return InvokeResponse.ForExpectedReplies(new ExpectedReplies(buffer.SentActivities()));
        }

        if (!context.Activity.IsType(ActivityTypes.Invoke))
        {
            return null;
        }

        var invokeResponse = context.TurnState.Get<Activity>(InvokeResponseKey)?.Value is { ValueKind: JsonValueKind.Object } value
            ? value.Deserialize<InvokeResponse>(BotJson.Options)
            : null;
        return invokeResponse ?? new InvokeResponse(501);
    }

    private static string NewReferenceId() => Convert.ToHexString(RandomNumberGenerator.GetBytes(5));

    private async Task HandleTurnErrorAsync(ITurnContext context, TurnReplyBuffer buffer, Exception exception)
    {
        var referenceId = NewReferenceId();
        var activity = context.Activity;
        logger.LogError(
            exception,
            "Turn failed, reference {ReferenceId}: {ActivityType} {ActivityId} in {ChannelId} conversation {ConversationId}.",
            referenceId, activity.Type, activity.Id, activity.ChannelId, activity.Conversation?.Id);

        buffer.Clear();
        context.TurnState.Remove(InvokeResponseKey);
        try
        {
            if (conversationState is not null)
            {
                await conversationState.DeleteAsync(context, CancellationToken.None).ConfigureAwait(false);
            }
        }
        catch (Exception clearFailure)
        {
            logger.LogError(clearFailure, "Clearing the conversation state after failed turn {ReferenceId} failed too.", referenceId);
        }

        try
        {
            if (turnErrorReply.CreateReply(context, referenceId) is { } apology)
            {
                await context.SendActivityAsync(apology, CancellationToken.None).ConfigureAwait(false);
            }
        }
        catch (Exception replyFailure)
        {
            logger.LogError(replyFailure, "Sending the apology for failed turn {ReferenceId} failed.", referenceId);
        }
    }

    // Delivery happens after the state is committed; it is not cancelled with the request, so a committed turn is not left half-told.
    private async Task DeliverAsync(TurnReplyBuffer buffer, Activity inbound)
    {
        var operations = buffer.Snapshot();
        for (var i = 0; i < operations.Count; i++)
        {
            var operation = operations[i];
            try
            {
                switch (operation.Kind)
                {
                    case OutboundOperationKind.Send when buffer.ExpectReplies:
                        break;
                    case OutboundOperationKind.Send when operation.Activity!.IsType(ActivityTypes.Trace) && inbound.ChannelId != Channels.Emulator:
                        break;
                    case OutboundOperationKind.Send:
                        await buffer.Delivery.SendAsync(operation.Activity!, CancellationToken.None).ConfigureAwait(false);
                        break;
                    case OutboundOperationKind.Update:
                        await buffer.Delivery.UpdateAsync(operation.Activity!, CancellationToken.None).ConfigureAwait(false);
                        break;
                    case OutboundOperationKind.Delete:
                        await buffer.Delivery.DeleteAsync(operation.Reference!, CancellationToken.None).ConfigureAwait(false);
                        break;
                    case OutboundOperationKind.Delay when !buffer.ExpectReplies:
                        await Task.Delay(DelayOf(operation.Activity!)).ConfigureAwait(false);
                        break;
                }
            }
            catch (Exception exception)
            {
                logger.LogError(
                    exception,
                    "Delivering a reply in {ChannelId} conversation {ConversationId} failed; {Undelivered} replies of the turn were not delivered.",
                    inbound.ChannelId, inbound.Conversation?.Id, operations.Count - i);
                return;
            }
        }
    }

    private static TimeSpan DelayOf(Activity delay) =>
        delay.Value is { ValueKind: JsonValueKind.Number } value && value.TryGetInt32(out var milliseconds) && milliseconds > 0
            ? TimeSpan.FromMilliseconds(Math.Min(milliseconds, 60_000))
            : TimeSpan.Zero;

    private async Task<ResourceResponse> SendNowAsync(IReplyDelivery delivery, Activity activity, CancellationToken cancellationToken)
    {
        try
        {
            return await delivery.SendAsync(activity, cancellationToken).ConfigureAwait(false);
        }
        catch (Exception exception) when (exception is not OperationCanceledException)
        {
            logger.LogWarning(exception, "A typing indicator for conversation {ConversationId} was not delivered.", activity.Conversation?.Id);
            return new ResourceResponse(string.Empty);
        }
    }
}
