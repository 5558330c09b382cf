using BotRuntime.Schema;

namespace BotRuntime.Dialogs.Prompts;

// Counts the messages a turn has sent, so a prompt can tell whether its validator answered the user itself.
// Unlike ITurnContext.Responded, a typing indicator or an earlier reply in the same turn does not count.
internal sealed class SentMessageCounter
{
    private const string TurnStateKey = "BotRuntime.Dialogs.Prompts.SentMessageCounter";

    public int Count { get; private set; }

    public static SentMessageCounter For(ITurnContext turnContext)
    {
        if (turnContext.TurnState.TryGetValue(TurnStateKey, out var existing) && existing is SentMessageCounter counter)
        {
            return counter;
        }

        counter = new SentMessageCounter();
        turnContext.TurnState[TurnStateKey] = counter;
        turnContext.OnSendActivities((_, activities, next) =>
        {
            counter.Count += activities.Count(a => a.IsType(ActivityTypes.Message));
            return next();
        });
        return counter;
    }
}
