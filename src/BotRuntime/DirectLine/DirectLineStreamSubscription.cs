using System.Threading.Channels;

namespace BotRuntime.DirectLine;

/// <summary>
/// What one open stream is waiting for: a note that the log grew (coalesced: the stream reads the log from its
/// watermark anyway), activities to push as they are (typing), or being superseded by a newer stream.
/// </summary>
internal sealed class DirectLineStreamSubscription : IDisposable
{
    // Unlogged activities are transient; if a stalled client lets this many pile up, newer ones are dropped.
    private const int MaxPendingPushes = 32;

    private readonly DirectLineStreamHub hub;
    private readonly Channel<string?> signals = Channel.CreateBounded<string?>(
        new BoundedChannelOptions(MaxPendingPushes) { SingleReader = true, FullMode = BoundedChannelFullMode.DropWrite });
    private readonly CancellationTokenSource superseded = new();
    private int loggedPending;

    public DirectLineStreamSubscription(DirectLineStreamHub hub, string conversationId)
    {
        this.hub = hub;
        ConversationId = conversationId;
    }

    public string ConversationId { get; }

    /// <summary>null: the log grew; otherwise the JSON of an activity to push as it is.</summary>
    public ChannelReader<string?> Signals => signals.Reader;

    public CancellationToken Superseded => superseded.Token;

    /// <summary>Call after taking a null signal, before reading the log, so growth from then on is signalled again.</summary>
    public void AcknowledgeLogged() => Volatile.Write(ref loggedPending, 0);

    public void NotifyLogged()
    {
        if (Interlocked.Exchange(ref loggedPending, 1) == 0)
        {
            signals.Writer.TryWrite(null);
        }
    }

    public void Publish(string activityJson) => signals.Writer.TryWrite(activityJson);

    public void Supersede()
    {
        try
        {
            superseded.Cancel();
        }
        catch (ObjectDisposedException)
        {
            // The stream closed on its own meanwhile.
        }
    }

    public void Dispose()
    {
        hub.Remove(this);
        signals.Writer.TryComplete();
        superseded.Dispose();
    }
}
