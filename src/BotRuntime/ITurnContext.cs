using BotRuntime.Schema;

namespace BotRuntime;

public interface ITurnContext
{
    BotAdapter Adapter { get; }

    TurnContextStateCollection TurnState { get; }

    /// <summary>The inbound activity this turn handles.</summary>
    Activity Activity { get; }

    /// <summary>True once a non-trace activity has been sent in this turn.</summary>
    bool Responded { get; }

    /// <summary>The locale of the turn: the activity's, unless the app overrides it.</summary>
    string? Locale { get; set; }

    Task<ResourceResponse> SendActivityAsync(string textReplyToSend, string? speak = null, string? inputHint = InputHints.AcceptingInput, CancellationToken cancellationToken = default);

    Task<ResourceResponse> SendActivityAsync(Activity activity, CancellationToken cancellationToken = default);

    Task<ResourceResponse[]> SendActivitiesAsync(IEnumerable<Activity> activities, CancellationToken cancellationToken = default);

    Task<ResourceResponse> UpdateActivityAsync(Activity activity, CancellationToken cancellationToken = default);

    Task DeleteActivityAsync(string activityId, CancellationToken cancellationToken = default);

    Task DeleteActivityAsync(ConversationReference conversationReference, CancellationToken cancellationToken = default);

    ITurnContext OnSendActivities(SendActivitiesHandler handler);

    ITurnContext OnUpdateActivity(UpdateActivityHandler handler);

    ITurnContext OnDeleteActivity(DeleteActivityHandler handler);
}
