using BotRuntime.Schema;

namespace BotRuntime;

/// <summary>One turn: the inbound activity, per-turn state, and the way replies leave (through the hooks, then the adapter).</summary>
public class TurnContext : ITurnContext
{
    private readonly List<SendActivitiesHandler> onSendActivities = [];
    private readonly List<UpdateActivityHandler> onUpdateActivity = [];
    private readonly List<DeleteActivityHandler> onDeleteActivity = [];

    public TurnContext(BotAdapter adapter, Activity activity)
    {
        Adapter = adapter ?? throw new ArgumentNullException(nameof(adapter));
        Activity = activity ?? throw new ArgumentNullException(nameof(activity));
        Locale = activity.Locale;
    }

    public BotAdapter Adapter { get; }

    public TurnContextStateCollection TurnState { get; } = new();

    public Activity Activity { get; }

    public bool Responded { get; private set; }

    public string? Locale { get; set; }

    public ITurnContext OnSendActivities(SendActivitiesHandler handler)
    {
        ArgumentNullException.ThrowIfNull(handler);
        onSendActivities.Add(handler);
        return this;
    }

    public ITurnContext OnUpdateActivity(UpdateActivityHandler handler)
    {
        ArgumentNullException.ThrowIfNull(handler);
        onUpdateActivity.Add(handler);
        return this;
    }

    public ITurnContext OnDeleteActivity(DeleteActivityHandler handler)
    {
        ArgumentNullException.ThrowIfNull(handler);
        onDeleteActivity.Add(handler);
        return this;
    }

    public Task<ResourceResponse> SendActivityAsync(string textReplyToSend, string? speak = null, string? inputHint = InputHints.AcceptingInput, CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrEmpty(textReplyToSend);
        var activity = Activity.CreateMessageActivity(textReplyToSend);
        activity.Speak = speak;
        activity.InputHint = inputHint;
        return SendActivityAsync(activity, cancellationToken);
    }

    public async Task<ResourceResponse> SendActivityAsync(Activity activity, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(activity);
        var responses = await SendActivitiesAsync([activity], cancellationToken).ConfigureAwait(false);
        return responses.Length > 0 ? responses[0] : new ResourceResponse(string.Empty);
    }

    public Task<ResourceResponse[]> SendActivitiesAsync(IEnumerable<Activity> activities, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(activities);
        var reference = Activity.GetConversationReference();

        // Copies, so a caller reusing an activity object cannot change what was already queued.
        var outgoing = activities.Select(activity =>
        {
            var copy = activity.Clone();
            copy.Type ??= ActivityTypes.Message;
            copy.ApplyConversationReference(reference);
            copy.Id = null;
            return copy;
        }).ToList();

        if (outgoing.Count == 0)
        {
            return Task.FromResult(Array.Empty<ResourceResponse>());
        }

        async Task<ResourceResponse[]> SendThroughAdapterAsync()
        {
            var responses = await Adapter.SendActivitiesAsync(this, outgoing.ToArray(), cancellationToken).ConfigureAwait(false);
            if (outgoing.Any(a => !a.IsType(ActivityTypes.Trace)))
            {
                Responded = true;
            }

            return responses;
        }

        return RunSendHandlersAsync(outgoing, 0, SendThroughAdapterAsync);
    }

    public Task<ResourceResponse> UpdateActivityAsync(Activity activity, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(activity);
        var reference = Activity.GetConversationReference();
        var outgoing = activity.Clone().ApplyConversationReference(reference);
        return RunUpdateHandlersAsync(outgoing, 0, () => Adapter.UpdateActivityAsync(this, outgoing, cancellationToken));
    }

    public Task DeleteActivityAsync(string activityId, CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrEmpty(activityId);
        var reference = Activity.GetConversationReference();
        reference.ActivityId = activityId;
        return DeleteActivityAsync(reference, cancellationToken);
    }

    public Task DeleteActivityAsync(ConversationReference conversationReference, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(conversationReference);
        return RunDeleteHandlersAsync(conversationReference, 0, () => Adapter.DeleteActivityAsync(this, conversationReference, cancellationToken));
    }

    private Task<ResourceResponse[]> RunSendHandlersAsync(List<Activity> activities, int index, Func<Task<ResourceResponse[]>> last) =>
        index == onSendActivities.Count
            ? last()
            : onSendActivities[index](this, activities, () => RunSendHandlersAsync(activities, index + 1, last));

    private Task<ResourceResponse> RunUpdateHandlersAsync(Activity activity, int index, Func<Task<ResourceResponse>> last) =>
        index == onUpdateActivity.Count
            ? last()
            : onUpdateActivity[index](this, activity, () => RunUpdateHandlersAsync(activity, index + 1, last));

    private Task RunDeleteHandlersAsync(ConversationReference reference, int index, Func<Task> last) =>
        index == onDeleteActivity.Count
            ? last()
            : onDeleteActivity[index](this, reference, () => RunDeleteHandlersAsync(reference, index + 1, last));
}
