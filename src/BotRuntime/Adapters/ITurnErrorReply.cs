using BotRuntime.Schema;

namespace BotRuntime.Adapters;

/// <summary>What the user is told when a turn fails; the app supplies its own (localized) words.</summary>
public interface ITurnErrorReply
{
    /// <returns>The apology to send, mentioning <paramref name="referenceId"/>; null to send nothing.</returns>
    Activity? CreateReply(ITurnContext turnContext, string referenceId);
}
