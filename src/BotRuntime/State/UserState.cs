namespace BotRuntime.State;

/// <summary>State of one user across conversations on a channel, stored under <c>{channelId}/users/{userId}</c>.</summary>
public class UserState(IStorage storage) : BotState(storage, nameof(UserState))
{
    protected override string GetStorageKey(ITurnContext turnContext)
    {
        var activity = turnContext.Activity;
        var channelId = activity.ChannelId ?? throw new InvalidOperationException("The activity has no channelId.");
        var userId = activity.From?.Id ?? throw new InvalidOperationException("The activity has no from.id.");
        return $"{channelId}/users/{userId}";
    }
}
