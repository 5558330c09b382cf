using BotRuntime.Schema;

namespace BotRuntime.Adapters;

/// <summary>The default apology, until an app registers its own <see cref="ITurnErrorReply"/>.</summary>
public sealed class NeutralTurnErrorReply : ITurnErrorReply
{
    public Activity? CreateReply(ITurnContext turnContext, string referenceId) =>
        MessageFactory.Text($"Sorry, something went wrong. Reference: {referenceId}", inputHint: InputHints.AcceptingInput);
}
