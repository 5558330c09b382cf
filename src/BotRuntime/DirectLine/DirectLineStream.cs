using System.Net.WebSockets;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace BotRuntime.DirectLine;

/// <summary>
/// One client's WebSocket on a conversation: first what was logged after its watermark, then every activity as it is
/// logged (or pushed, for typing), each as an ActivitySet; an empty frame when idle, as keep-alive. Frames the client
/// sends are read and ignored. A newer stream on the same conversation closes this one with "collision".
/// </summary>
internal sealed class DirectLineStream(
    DirectLineConversationLog log,
    DirectLineStreamHub hub,
    IOptions<DirectLineOptions> options,
    ILogger<DirectLineStream> logger)
{
    private const string CollisionReason = "collision";
    private static readonly TimeSpan CloseHandshakeTimeout = TimeSpan.FromSeconds(5);

    private readonly DirectLineOptions options = options.Value;

    /// <summary>Subscribe before accepting the WebSocket, so nothing pushed while the handshake completes is missed.</summary>
    public DirectLineStreamSubscription Subscribe(string conversationId) => hub.Subscribe(conversationId);

    /// <param name="connectionAborted">The client is gone: socket operations stop at once.</param>
    /// <param name="stopping">The app is shutting down: the stream closes politely.</param>
    public async Task RunAsync(WebSocket socket, DirectLineStreamSubscription subscription, long watermark, CancellationToken connectionAborted, CancellationToken stopping)
    {
        var conversationId = subscription.ConversationId;
        using var stop = CancellationTokenSource.CreateLinkedTokenSource(connectionAborted, stopping, subscription.Superseded);
        var receiving = ReceiveUntilClosedAsync(socket, stop, connectionAborted);
        try
        {
            subscription.AcknowledgeLogged();
            watermark = await SendLoggedAsync(socket, conversationId, watermark, connectionAborted);
            while (!stop.IsCancellationRequested)
            {
                if (!await WaitForSignalAsync(subscription, stop.Token))
                {
                    if (stop.IsCancellationRequested)
                    {
                        break;
                    }

                    await socket.SendAsync(ReadOnlyMemory<byte>.Empty, WebSocketMessageType.Text, true, connectionAborted);
                    subscription.AcknowledgeLogged();
                    watermark = await SendLoggedAsync(socket, conversationId, watermark, connectionAborted);
                    continue;
                }

                while (!stop.IsCancellationRequested && subscription.Signals.TryRead(out var pushed))
                {
                    if (pushed is null)
                    {
                        subscription.AcknowledgeLogged();
                        watermark = await SendLoggedAsync(socket, conversationId, watermark, connectionAborted);
                    }
                    else
                    {
                        await SendAsync(socket, DirectLineActivitySet.Write([pushed], watermark), connectionAborted);
                    }
                }
            }
        }
        catch (Exception exception) when (exception is OperationCanceledException or WebSocketException)
        {
            logger.LogDebug(exception, "The stream of Direct Line conversation {ConversationId} ended abruptly.", conversationId);
        }

        await CloseAsync(socket, subscription.Superseded.IsCancellationRequested);
        if (await Task.WhenAny(receiving, Task.Delay(CloseHandshakeTimeout, CancellationToken.None)) != receiving)
        {
            socket.Abort();
        }

        await receiving;
    }

    private static async Task SendAsync(WebSocket socket, byte[] frame, CancellationToken connectionAborted) =>
        await socket.SendAsync(frame, WebSocketMessageType.Text, true, connectionAborted);

    // Runs until the client closes or the connection breaks; cancelling a receive would abort the socket, so only a lost connection does.
    private static async Task ReceiveUntilClosedAsync(WebSocket socket, CancellationTokenSource stop, CancellationToken connectionAborted)
    {
        var buffer = new byte[1024];
        try
        {
            while (true)
            {
                var received = await socket.ReceiveAsync(buffer.AsMemory(), connectionAborted);
                if (received.MessageType == WebSocketMessageType.Close)
                {
                    break;
                }
            }
        }
        catch (Exception exception) when (exception is OperationCanceledException or WebSocketException)
        {
        }

        try
        {
            await stop.CancelAsync();
        }
        catch (ObjectDisposedException)
        {
        }
    }

    private static async Task CloseAsync(WebSocket socket, bool superseded)
    {
        if (socket.State is not (WebSocketState.Open or WebSocketState.CloseReceived))
        {
            return;
        }

        try
        {
            using var timeout = new CancellationTokenSource(CloseHandshakeTimeout);
            await socket.CloseOutputAsync(
                superseded ? WebSocketCloseStatus.PolicyViolation : WebSocketCloseStatus.NormalClosure,
                superseded ? CollisionReason : null,
                timeout.Token);
        }
        catch (Exception exception) when (exception is OperationCanceledException or WebSocketException)
        {
        }
    }

    /// <returns>False when the keep-alive interval passed (or the stream is stopping) without a signal.</returns>
    private async Task<bool> WaitForSignalAsync(DirectLineStreamSubscription subscription, CancellationToken stop)
    {
        using var idle = CancellationTokenSource.CreateLinkedTokenSource(stop);
        idle.CancelAfter(options.KeepAliveInterval);
        try
        {
            return await subscription.Signals.WaitToReadAsync(idle.Token);
        }
        catch (OperationCanceledException)
        {
            return false;
        }
    }

    private async Task<long> SendLoggedAsync(WebSocket socket, string conversationId, long watermark, CancellationToken connectionAborted)
    {
        while (true)
        {
            var entries = await log.ReadAsync(conversationId, watermark, options.MaxActivitiesPerRead, connectionAborted);
            if (entries.Count == 0)
            {
                return watermark;
            }

            watermark = entries[^1].Sequence;
            await SendAsync(socket, DirectLineActivitySet.Write(entries.Select(e => e.ActivityJson), watermark), connectionAborted);
            if (entries.Count < options.MaxActivitiesPerRead)
            {
                return watermark;
            }
        }
    }
}
