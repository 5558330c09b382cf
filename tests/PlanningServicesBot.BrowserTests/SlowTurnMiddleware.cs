using BotRuntime;
using BotRuntime.Schema;

namespace PlanningServicesBot.BrowserTests;

/// <summary>
/// Test-only, registered by the browser tests' host: a message starting with "slow " shows typing, waits, and then
/// reaches the bot without the prefix — a turn slow enough for Web Chat to show its typing indicator.
/// </summary>
public sealed class SlowTurnMiddleware(TimeSpan delay) : BotRuntime.IMiddleware
{
    public const string Prefix = "slow ";

    public async Task OnTurnAsync(ITurnContext turnContext, NextDelegate next, CancellationToken cancellationToken)
    {
        var activity = turnContext.Activity;
        if (activity.IsType(ActivityTypes.Message) && activity.Text?.StartsWith(Prefix, StringComparison.Ordinal) == true)
        {
            await turnContext.SendActivityAsync(Activity.CreateTypingActivity(), cancellationToken);
            await Task.Delay(delay, cancellationToken);
            activity.Text = activity.Text[Prefix.Length..];
        }

        await next(cancellationToken);
    }
}
