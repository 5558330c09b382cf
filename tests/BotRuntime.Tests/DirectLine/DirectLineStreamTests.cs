using System.Net;
using System.Net.WebSockets;
using System.Text;
using System.Text.Json.Nodes;

namespace BotRuntime.Tests.DirectLine;

public sealed class DirectLineStreamTests : IAsyncLifetime
{
    private static readonly TimeSpan Patience = TimeSpan.FromSeconds(10);

    private DirectLineHost host = null!;
    private DirectLineClient client = null!;
    private string conversationId = null!;
    private string streamUrl = null!;

    public async Task InitializeAsync()
    {
        host = await DirectLineHost.StartAsync(new Dictionary<string, string?> { ["DirectLine:KeepAliveInterval"] = "00:00:00.300" });
        client = host.CreateClient();
        var conversation = await client.StartWithTokenAsync("dl_ana");
        conversationId = (string)conversation["conversationId"]!;
        streamUrl = (string)conversation["streamUrl"]!;
    }

    public async Task DisposeAsync()
    {
        client.Dispose();
        await host.DisposeAsync();
    }

    [Fact]
    public async Task TheStreamPushesTheEchoAndTheReplyWithTheirWatermarks()
    {
        using var socket = await ConnectAsync(streamUrl);

        await client.PostAsync(conversationId, new { type = "message", text = "hello", channelData = new { clientActivityID = "c-1" } });

        var received = await ReceiveActivitiesAsync(socket, count: 2);
        Assert.Equal("c-1", (string?)received[0].Activity["channelData"]!["clientActivityID"]);
        Assert.Equal($"{conversationId}|0000001", (string?)received[0].Activity["id"]);
        Assert.Equal("echo: hello", (string?)received[1].Activity["text"]);
        Assert.Equal("2", received[1].Watermark);
    }

    [Fact]
    public async Task TypingOfASlowTurnReachesTheStreamBetweenTheEchoAndTheReply()
    {
        host.Bot.SlowTurn = TimeSpan.FromSeconds(1);
        using var socket = await ConnectAsync(streamUrl);

        var posting = client.PostAsync(conversationId, new { type = "message", text = "slow" });
        var received = await ReceiveActivitiesAsync(socket, count: 3);
        await posting;

        Assert.Equal(["message", "typing", "message"], received.Select(r => (string?)r.Activity["type"]));
        Assert.Equal("test-bot", (string?)received[1].Activity["from"]!["id"]);
        Assert.Equal("1", received[1].Watermark);
        Assert.Equal("done", (string?)received[2].Activity["text"]);
        var (_, polled) = await client.GetActivitiesAsync(conversationId);
        Assert.DoesNotContain(polled!["activities"]!.AsArray(), a => (string?)a!["type"] == "typing");
    }

    [Fact]
    public async Task AStreamFromAWatermarkReplaysWhatWasLoggedAfterIt()
    {
        await client.PostAsync(conversationId, new { type = "message", text = "one" });
        await client.PostAsync(conversationId, new { type = "message", text = "two" });

        using var socket = await ConnectAsync(streamUrl.Replace("&watermark=0", "&watermark=2", StringComparison.Ordinal));

        var replay = await ReceiveActivitiesAsync(socket, count: 2);
        Assert.Equal(["two", "echo: two"], replay.Select(r => (string?)r.Activity["text"]));
        Assert.Equal("4", replay[1].Watermark);
    }

    [Fact]
    public async Task AnIdleStreamSendsEmptyKeepAliveFrames()
    {
        using var socket = await ConnectAsync(streamUrl);

        var frames = new List<string>();
        using var timeout = new CancellationTokenSource(Patience);
        while (frames.Count < 2)
        {
            frames.Add(await ReceiveFrameAsync(socket, timeout.Token));
        }

        Assert.All(frames, frame => Assert.Equal(string.Empty, frame));
    }

    [Fact]
    public async Task ASecondStreamOnTheConversationClosesTheFirstAsACollision()
    {
        using var first = await ConnectAsync(streamUrl);
        using var second = await ConnectAsync(streamUrl);

        using var timeout = new CancellationTokenSource(Patience);
        var buffer = new byte[4096];
        WebSocketReceiveResult frame;
        do
        {
            frame = await first.ReceiveAsync(buffer, timeout.Token);
        }
        while (frame.MessageType != WebSocketMessageType.Close);

        Assert.Equal("collision", first.CloseStatusDescription);
        await client.PostAsync(conversationId, new { type = "message", text = "still streamed" });
        var received = await ReceiveActivitiesAsync(second, count: 2);
        Assert.Equal("echo: still streamed", (string?)received[1].Activity["text"]);
    }

    [Fact]
    public async Task AnExpiredOrForeignStreamTokenIsRefusedBeforeTheUpgrade()
    {
        using var socket = new ClientWebSocket();
        socket.Options.CollectHttpResponseDetails = true;
        var forged = streamUrl.Replace("?t=", "?t=x", StringComparison.Ordinal);

        await Assert.ThrowsAsync<WebSocketException>(() => socket.ConnectAsync(new Uri(forged), CancellationToken.None));

        Assert.Equal(HttpStatusCode.Forbidden, socket.HttpStatusCode);
    }

    private static async Task<ClientWebSocket> ConnectAsync(string url)
    {
        var socket = new ClientWebSocket();
        await socket.ConnectAsync(new Uri(url), CancellationToken.None);
        return socket;
    }

    /// <summary>The activities the stream pushes, each with the watermark of the ActivitySet it came in; keep-alives skipped.</summary>
    private static async Task<List<(JsonNode Activity, string? Watermark)>> ReceiveActivitiesAsync(WebSocket socket, int count)
    {
        using var timeout = new CancellationTokenSource(Patience);
        var received = new List<(JsonNode, string?)>();
        while (received.Count < count)
        {
            var frame = await ReceiveFrameAsync(socket, timeout.Token);
            if (frame.Length > 0)
            {
                var set = JsonNode.Parse(frame)!;
                received.AddRange(set["activities"]!.AsArray().Select(a => (a!.DeepClone(), (string?)set["watermark"])));
            }
        }

        return received;
    }

    private static async Task<string> ReceiveFrameAsync(WebSocket socket, CancellationToken cancellationToken)
    {
        var buffer = new byte[64 * 1024];
        using var frame = new MemoryStream();
        WebSocketReceiveResult received;
        do
        {
            received = await socket.ReceiveAsync(buffer, cancellationToken);
            Assert.NotEqual(WebSocketMessageType.Close, received.MessageType);
            frame.Write(buffer, 0, received.Count);
        }
        while (!received.EndOfMessage);

        return Encoding.UTF8.GetString(frame.ToArray());
    }
}
