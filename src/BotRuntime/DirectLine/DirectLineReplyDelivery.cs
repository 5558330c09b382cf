using BotRuntime.Adapters;
using BotRuntime.Schema;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace BotRuntime.DirectLine;

/// <summary>
/// Delivers a turn's replies into the Direct Line conversation log (typing straight to the open stream). Pass it to
/// <see cref="CloudAdapter.ContinueConversationAsync(ConversationReference, BotCallbackHandler, IReplyDelivery?, CancellationToken)"/>
/// to reach a web chat user proactively. Direct Line 3.0 cannot tell clients of updates or deletions, so those are
/// dropped with a warning.
/// </summary>
public sealed class DirectLineReplyDelivery : IReplyDelivery
{
    private readonly DirectLineConversationLog log;
    private readonly TimeProvider time;
    private readonly DirectLineOptions options;
    private readonly ILogger<DirectLineReplyDelivery> logger;

    internal DirectLineReplyDelivery(DirectLineConversationLog log, TimeProvider time, IOptions<DirectLineOptions> options, ILogger<DirectLineReplyDelivery> logger)
    {
        this.log = log;
        this.time = time;
        this.options = options.Value;
        this.logger = logger;
    }

    public async Task<ResourceResponse> SendAsync(Activity activity, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(activity);
        var conversationId = activity.Conversation?.Id
            ?? throw new InvalidOperationException("A Direct Line reply needs conversation.id.");
        var reply = activity.Clone();
        reply.Id = null;
        reply.ChannelId = Channels.DirectLine;
        reply.Conversation = new ConversationAccount(conversationId);
        reply.ServiceUrl = null;
        reply.CallerId = null;
        reply.Timestamp = time.GetUtcNow();
        reply.From ??= new ChannelAccount(options.BotId, options.BotName);
        reply.From.Role ??= RoleTypes.Bot;

        if (reply.IsType(ActivityTypes.Typing))
        {
            log.Push(conversationId, reply);
            return new ResourceResponse(string.Empty);
        }

        return new ResourceResponse(await log.AppendAsync(conversationId, reply, cancellationToken).ConfigureAwait(false));
    }

    public Task<ResourceResponse> UpdateAsync(Activity activity, CancellationToken cancellationToken)
    {
        logger.LogWarning(
            "Direct Line cannot update activity {ActivityId} in conversation {ConversationId}; send a new activity instead.",
            activity.Id, activity.Conversation?.Id);
        return Task.FromResult(new ResourceResponse(activity.Id));
    }

    public Task DeleteAsync(ConversationReference reference, CancellationToken cancellationToken)
    {
        logger.LogWarning(
            "Direct Line cannot delete activity {ActivityId} in conversation {ConversationId}.",
            reference.ActivityId, reference.Conversation?.Id);
        return Task.CompletedTask;
    }
}
