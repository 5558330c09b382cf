using BotRuntime.Schema;

namespace BotRuntime.Tests;

/// <summary>An adapter that keeps what a turn sends, for tests of the parts a turn is made of.</summary>
public sealed class CollectingAdapter : BotAdapter
{
    public List<Activity> Sent { get; } = [];

    public static ITurnContext Turn(string text = "hi", string conversationId = "convo1", string userId = "user1") =>
        new TurnContext(new CollectingAdapter(), new Activity
        {
            Type = ActivityTypes.Message,
            Id = "1",
            Text = text,
            ChannelId = Channels.Test,
            ServiceUrl = "https://test.com",
            From = new ChannelAccount(userId, "User1"),
            Recipient = new ChannelAccount("bot", "Bot"),
            Conversation = new ConversationAccount(conversationId),
            Locale = "en-US",
        });

    public override Task<ResourceResponse[]> SendActivitiesAsync(ITurnContext turnContext, Activity[] activities, CancellationToken cancellationToken)
    {
        Sent.AddRange(activities);
        return Task.FromResult(activities.Select((_, i) => new ResourceResponse($"reply-{Sent.Count - activities.Length + i}")).ToArray());
    }

    public override Task<ResourceResponse> UpdateActivityAsync(ITurnContext turnContext, Activity activity, CancellationToken cancellationToken)
    {
        var index = Sent.FindIndex(a => a.Id == activity.Id);
        if (index >= 0)
        {
            Sent[index] = activity;
        }

        return Task.FromResult(new ResourceResponse(activity.Id));
    }

    public override Task DeleteActivityAsync(ITurnContext turnContext, ConversationReference reference, CancellationToken cancellationToken)
    {
        Sent.RemoveAll(a => a.Id == reference.ActivityId);
        return Task.CompletedTask;
    }
}
