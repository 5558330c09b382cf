using BotRuntime.Schema;

namespace BotRuntime.DirectLine;

/// <summary>
/// The channel's view of the store: activities are logged with their id (<c>{conversationId}|0000007</c>) and open
/// streams are told at once; typing is pushed to open streams only, never logged (polling clients never see it).
/// </summary>
internal sealed class DirectLineConversationLog(IDirectLineStore store, DirectLineStreamHub hub)
{
    public IDirectLineStore Store { get; } = store;

    /// <summary>Logs the activity, setting its <see cref="Activity.Id"/>, and returns that id.</summary>
    public async Task<string> AppendAsync(string conversationId, Activity activity, CancellationToken cancellationToken)
    {
        await Store.AppendActivityAsync(
            conversationId,
            sequence =>
            {
                activity.Id = DirectLineIds.ActivityId(conversationId, sequence);
                return activity.ToJson();
            },
            cancellationToken).ConfigureAwait(false);
        hub.NotifyLogged(conversationId);
        return activity.Id!;
    }

    public void Push(string conversationId, Activity activity) => hub.Publish(conversationId, activity.ToJson());

    public Task<IReadOnlyList<DirectLineLogEntry>> ReadAsync(string conversationId, long afterSequence, int maxCount, CancellationToken cancellationToken) =>
        Store.ReadActivitiesAsync(conversationId, afterSequence, maxCount, cancellationToken);
}
