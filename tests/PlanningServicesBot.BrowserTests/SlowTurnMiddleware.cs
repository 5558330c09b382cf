using BotRuntime;
using BotRuntime.Schema;

namespace PlanningServicesBot.BrowserTests;

/// <summary>
/// Test-only, registered by the browser tests' host: a message starting with "slow " waits, and then reaches the bot
/// without the prefix — a turn slow enough for the app's ShowTypingMiddleware to show Web Chat's typing indicator.
/// </summary>
public sealed class SlowTurnMiddleware(TimeSpan delay) : BotRuntime.IMiddleware
{
    public const string Prefix = "slow ";

    public async Task OnTurnAsync(ITurnContext turnContext, NextDelegate next, CancellationToken cancellationToken)
    {
        var activity = turnContext.Activity;
        if (activity.IsType(ActivityTypes.Message) && activity.Text?.StartsWith(Prefix, StringComparison.Ordinal) == true)
        {
            await Task.Delay(delay, cancellationToken);
            activity.Text = activity.Text[Prefix.Length..];
        }

        await next(cancellationToken);
    }
}
