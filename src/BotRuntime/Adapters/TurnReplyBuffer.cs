using BotRuntime.Schema;

namespace BotRuntime.Adapters;

/// <summary>The replies, updates and deletes of one turn attempt, in order; discarded when the attempt is re-run or fails.</summary>
internal sealed class TurnReplyBuffer(bool expectReplies, IReplyDelivery delivery)
{
    private readonly List<OutboundOperation> operations = [];
    private readonly Lock gate = new();

    public bool ExpectReplies { get; } = expectReplies;

    public IReplyDelivery Delivery { get; } = delivery;

    public void Add(OutboundOperation operation)
    {
        lock (gate)
        {
            operations.Add(operation);
        }
    }

    public void Clear()
    {
        lock (gate)
        {
            operations.Clear();
        }
    }

    public IReadOnlyList<OutboundOperation> Snapshot()
    {
        lock (gate)
        {
            return operations.ToList();
        }
    }

    public List<Activity> SentActivities() =>
        Snapshot().Where(o => o.Kind == OutboundOperationKind.Send).Select(o => o.Activity!).ToList();
}
