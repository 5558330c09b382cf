using BotRuntime;
using BotRuntime.Adapters;
using BotRuntime.Schema;

namespace PlanningServicesBot.Localization;

/// <summary>The apology for a failed turn, in the user's language, with the reference support can look up in the logs.</summary>
public sealed class LocalizedTurnErrorReply(BotText text) : ITurnErrorReply
{
    public Activity? CreateReply(ITurnContext turnContext, string referenceId)
    {
        var culture = SupportedCultures.Resolve(turnContext.Activity.Locale);
        return MessageFactory.Text(string.Format(culture, text.Get("TurnError.Apology", culture), referenceId), inputHint: InputHints.AcceptingInput);
    }
}
