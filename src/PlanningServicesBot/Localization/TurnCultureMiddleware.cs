using System.Globalization;
using BotRuntime;

namespace PlanningServicesBot.Localization;

/// <summary>Sets the turn's culture from the activity's locale, so texts, numbers and dates follow the user's language.</summary>
public sealed class TurnCultureMiddleware : BotRuntime.IMiddleware
{
    public async Task OnTurnAsync(ITurnContext turnContext, NextDelegate next, CancellationToken cancellationToken)
    {
        var locale = turnContext.Activity.Locale;
        var (previousCulture, previousUiCulture) = (CultureInfo.CurrentCulture, CultureInfo.CurrentUICulture);
        CultureInfo.CurrentCulture = SupportedCultures.FormatFor(locale);
        CultureInfo.CurrentUICulture = SupportedCultures.Resolve(locale);
        try
        {
            await next(cancellationToken);
        }
        finally
        {
            CultureInfo.CurrentCulture = previousCulture;
            CultureInfo.CurrentUICulture = previousUiCulture;
        }
    }
}
