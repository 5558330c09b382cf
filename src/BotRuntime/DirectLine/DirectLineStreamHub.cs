namespace BotRuntime.DirectLine;

/// <summary>
/// The open streams of this process, one per conversation (a newer one supersedes the older, which closes with
/// "collision"), told when their conversation's log grows and handed activities that are never logged (typing).
/// </summary>
internal sealed class DirectLineStreamHub
{
    private readonly Dictionary<string, DirectLineStreamSubscription> subscriptions = new(StringComparer.Ordinal);
    private readonly Lock gate = new();

    public DirectLineStreamSubscription Subscribe(string conversationId)
    {
        var subscription = new DirectLineStreamSubscription(this, conversationId);
        DirectLineStreamSubscription? previous;
        lock (gate)
        {
            subscriptions.TryGetValue(conversationId, out previous);
            subscriptions[conversationId] = subscription;
        }

        previous?.Supersede();
        return subscription;
    }

    public void NotifyLogged(string conversationId) => Find(conversationId)?.NotifyLogged();

    public void Publish(string conversationId, string activityJson) => Find(conversationId)?.Publish(activityJson);

    public void Remove(DirectLineStreamSubscription subscription)
    {
        lock (gate)
        {
            if (subscriptions.TryGetValue(subscription.ConversationId, out var current) && current == subscription)
            {
                subscriptions.Remove(subscription.ConversationId);
            }
        }
    }

    private DirectLineStreamSubscription? Find(string conversationId)
    {
        lock (gate)
        {
            return subscriptions.GetValueOrDefault(conversationId);
        }
    }
}
