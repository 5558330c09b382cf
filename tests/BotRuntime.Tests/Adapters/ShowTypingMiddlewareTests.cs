using BotRuntime.Adapters;
using BotRuntime.Hosting;
using BotRuntime.Schema;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace BotRuntime.Tests.Adapters;

public sealed class ShowTypingMiddlewareTests : IDisposable
{
    private readonly RecordingDelivery delivery = new();
    private readonly ServiceProvider services;
    private readonly CloudAdapter adapter;

    public ShowTypingMiddlewareTests()
    {
        services = new ServiceCollection()
            .AddLogging()
            .AddBotRuntime(new ConfigurationBuilder().Build())
            .AddSingleton<IMiddleware>(new ShowTypingMiddleware(TimeSpan.FromMilliseconds(100), TimeSpan.FromMilliseconds(200)))
            .BuildServiceProvider();
        adapter = services.GetRequiredService<CloudAdapter>();
    }

    public void Dispose() => services.Dispose();

    [Fact]
    public async Task ASlowTurnShowsTypingRepeatedlyBeforeItsReply()
    {
        await adapter.ProcessActivityAsync(Message(), async (turn, ct) =>
        {
            await Task.Delay(TimeSpan.FromMilliseconds(900), ct);
            await turn.SendActivityAsync("done", cancellationToken: ct);
        }, delivery);

        var types = delivery.Sent.Select(a => a.Type).ToList();
        Assert.True(types.Count(t => t == ActivityTypes.Typing) >= 2, string.Join(",", types));
        Assert.Equal(ActivityTypes.Message, types[^1]);
        var typing = delivery.Sent.First(a => a.Type == ActivityTypes.Typing);
        Assert.Equal("convo1", typing.Conversation?.Id);
    }

    [Fact]
    public async Task AFastTurnShowsNoTyping()
    {
        await adapter.ProcessActivityAsync(Message(), (turn, ct) => turn.SendActivityAsync("quick", cancellationToken: ct), delivery);

        Assert.DoesNotContain(delivery.Sent, a => a.Type == ActivityTypes.Typing);
    }

    [Fact]
    public async Task TypingStopsWhenTheTurnEnds()
    {
        await adapter.ProcessActivityAsync(Message(), (_, ct) => Task.Delay(TimeSpan.FromMilliseconds(450), ct), delivery);
        var afterTurn = delivery.Sent.Count;

        await Task.Delay(TimeSpan.FromMilliseconds(600));

        Assert.Equal(afterTurn, delivery.Sent.Count);
    }

    [Fact]
    public async Task ExpectRepliesGetsNoTypingInItsBody()
    {
        var activity = Message();
        activity.DeliveryMode = DeliveryModes.ExpectReplies;

        var result = await adapter.ProcessActivityAsync(activity, async (turn, ct) =>
        {
            await Task.Delay(TimeSpan.FromMilliseconds(500), ct);
            await turn.SendActivityAsync("done", cancellationToken: ct);
        }, delivery);

        Assert.NotNull(result);
        Assert.DoesNotContain("typing", result.Body?.GetRawText() ?? string.Empty, StringComparison.Ordinal);
        Assert.Empty(delivery.Sent);
    }

    private static Activity Message() => CollectingAdapter.Turn("hello", "convo1").Activity;
}
