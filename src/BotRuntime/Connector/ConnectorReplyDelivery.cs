using BotRuntime.Adapters;
using BotRuntime.Schema;

namespace BotRuntime.Connector;

/// <summary>Delivers a turn's replies to the channel's Connector API at the activity's serviceUrl.</summary>
public sealed class ConnectorReplyDelivery(ConnectorClient connectorClient) : IReplyDelivery
{
    public Task<ResourceResponse> SendAsync(Activity activity, CancellationToken cancellationToken)
    {
        var (serviceUrl, conversationId) = Address(activity.ServiceUrl, activity.Conversation);
        return string.IsNullOrEmpty(activity.ReplyToId)
            ? connectorClient.SendToConversationAsync(serviceUrl, conversationId, activity, cancellationToken)
            : connectorClient.ReplyToActivityAsync(serviceUrl, conversationId, activity.ReplyToId, activity, cancellationToken);
    }

    public Task<ResourceResponse> UpdateAsync(Activity activity, CancellationToken cancellationToken)
    {
        var (serviceUrl, conversationId) = Address(activity.ServiceUrl, activity.Conversation);
        var activityId = activity.Id ?? throw new ArgumentException("An update needs the id of the activity to replace.", nameof(activity));
        return connectorClient.UpdateActivityAsync(serviceUrl, conversationId, activityId, activity, cancellationToken);
    }

    public Task DeleteAsync(ConversationReference reference, CancellationToken cancellationToken)
    {
        var (serviceUrl, conversationId) = Address(reference.ServiceUrl, reference.Conversation);
        var activityId = reference.ActivityId ?? throw new ArgumentException("A delete needs the id of the activity to remove.", nameof(reference));
        return connectorClient.DeleteActivityAsync(serviceUrl, conversationId, activityId, cancellationToken);
    }

    private static (string ServiceUrl, string ConversationId) Address(string? serviceUrl, ConversationAccount? conversation) =>
        (serviceUrl ?? throw new InvalidOperationException("The activity has no serviceUrl to deliver to."),
         conversation?.Id ?? throw new InvalidOperationException("The activity has no conversation.id to deliver to."));
}
