using BotRuntime.Schema;

namespace PlanningServicesBot.LoadDriver;

/// <summary>A turn in serviceUrl delivery waiting for the reply that ends it; keeps what arrived for error messages.</summary>
public sealed class PendingTurn(Func<Activity, bool> endsTurn)
{
    private readonly TaskCompletionSource<Activity> _ended = new(TaskCreationOptions.RunContinuationsAsynchronously);
    private readonly List<Activity> _received = [];

    public Task<Activity> Ended => _ended.Task;

    public IReadOnlyList<Activity> Received
    {
        get
        {
            lock (_received)
            {
                return [.. _received];
            }
        }
    }

    public void Receive(Activity activity)
    {
        lock (_received)
        {
            _received.Add(activity);
        }

        if (endsTurn(activity))
        {
            _ended.TrySetResult(activity);
        }
    }
}
