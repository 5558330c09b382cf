using System.Collections.Concurrent;
using BotRuntime.Schema;

namespace BotRuntime.Tests.DirectLine;

/// <summary>
/// Keeps every activity it hears and answers messages with "echo: text"; "slow" first shows typing and answers
/// after <see cref="SlowTurn"/>; "boom" fails the turn.
/// </summary>
public sealed class RecordingBot : IBot
{
    public TimeSpan SlowTurn { get; set; } = TimeSpan.FromMilliseconds(800);

    public ConcurrentQueue<Activity> Received { get; } = new();

    public async Task OnTurnAsync(ITurnContext turnContext, CancellationToken cancellationToken = default)
    {
        var activity = turnContext.Activity;
        Received.Enqueue(activity.Clone());
        if (!activity.IsType(ActivityTypes.Message))
        {
            return;
        }

        switch (activity.Text)
        {
            case "slow":
                await turnContext.SendActivityAsync(Activity.CreateTypingActivity(), cancellationToken);
                await Task.Delay(SlowTurn, cancellationToken);
                await turnContext.SendActivityAsync(MessageFactory.Text("done"), cancellationToken);
                break;
            case "boom":
                throw new InvalidOperationException("The test bot fails on purpose.");
            default:
                await turnContext.SendActivityAsync(MessageFactory.Text($"echo: {activity.Text}"), cancellationToken);
                break;
        }
    }
}
