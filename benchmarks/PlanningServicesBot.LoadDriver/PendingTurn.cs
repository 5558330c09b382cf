using System.Text.Json;

namespace PlanningServicesBot.LoadDriver;

/// <summary>A turn in serviceUrl delivery waiting for the reply that ends it; keeps what arrived for error messages.</summary>
public sealed class PendingTurn(Func<JsonElement, bool> endsTurn)
{
    private readonly TaskCompletionSource<JsonElement> _ended = new(TaskCreationOptions.RunContinuationsAsynchronously);
    private readonly List<JsonElement> _received = [];

    public Task<JsonElement> Ended => _ended.Task;

    public IReadOnlyList<JsonElement> Received
    {
        get
        {
            lock (_received)
            {
                return [.. _received];
            }
        }
    }

    public void Receive(JsonElement activity)
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
