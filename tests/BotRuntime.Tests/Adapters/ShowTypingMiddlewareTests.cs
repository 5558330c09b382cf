using BotRuntime.Adapters;
using BotRuntime.Hosting;
using BotRuntime.Schema;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;

namespace BotRuntime.Tests.Adapters;

/// <summary>
/// The middleware's waits run on a clock the tests move (typing after 100 ms, then every 200 ms): a test that waited on
/// the real clock saw one typing instead of several when a loaded machine delayed the timers.
/// </summary>
public sealed class ShowTypingMiddlewareTests : IDisposable
{
    private static readonly TimeSpan Step = TimeSpan.FromMilliseconds(10);
    private readonly FakeTimeProvider time = new();
    private readonly RecordingDelivery delivery = new();
    private readonly ServiceProvider services;
    private readonly CloudAdapter adapter;

    public ShowTypingMiddlewareTests()
    {
        services = new ServiceCollection()
            .AddLogging()
            .AddBotRuntime(new ConfigurationBuilder().Build())
            .AddSingleton<IMiddleware>(new ShowTypingMiddleware(TimeSpan.FromMilliseconds(100), TimeSpan.FromMilliseconds(200), time))
            .BuildServiceProvider();
        adapter = services.GetRequiredService<CloudAdapter>();
    }

    public void Dispose() => services.Dispose();

    [Fact]
    public async Task ASlowTurnShowsTypingRepeatedlyBeforeItsReply()
    {
        var replyNow = new TaskCompletionSource();
        var started = time.GetUtcNow();
        var turn = adapter.ProcessActivityAsync(Message(), async (context, ct) =>
        {
            await replyNow.Task;
            await context.SendActivityAsync("done", cancellationToken: ct);
        }, delivery);

        var first = await AdvanceUntilAsync(() => Typings() >= 1) - started;
        var third = await AdvanceUntilAsync(() => Typings() >= 3) - started;
        replyNow.SetResult();
        await turn;

        Assert.True(first >= TimeSpan.FromMilliseconds(100), $"The first typing came {first.TotalMilliseconds} ms into the turn.");
        Assert.True(third >= TimeSpan.FromMilliseconds(500), $"The third typing came {third.TotalMilliseconds} ms into the turn.");
        Assert.Equal([ActivityTypes.Typing, ActivityTypes.Typing, ActivityTypes.Typing, ActivityTypes.Message], delivery.Sent.Select(a => a.Type));
        Assert.All(delivery.Sent, activity => Assert.Equal("convo1", activity.Conversation?.Id));
    }

    [Fact]
    public async Task AFastTurnShowsNoTyping()
    {
        await adapter.ProcessActivityAsync(Message(), (turn, ct) => turn.SendActivityAsync("quick", cancellationToken: ct), delivery);
        time.Advance(TimeSpan.FromSeconds(2));
        await Task.Delay(50);

        Assert.DoesNotContain(delivery.Sent, a => a.Type == ActivityTypes.Typing);
    }

    [Fact]
    public async Task TypingStopsWhenTheTurnEnds()
    {
        var endNow = new TaskCompletionSource();
        var turn = adapter.ProcessActivityAsync(Message(), (_, _) => endNow.Task, delivery);
        await AdvanceUntilAsync(() => Typings() >= 1);
        endNow.SetResult();
        await turn;
        var afterTurn = delivery.Sent.Count;

        for (var i = 0; i < 10; i++)
        {
            time.Advance(TimeSpan.FromMilliseconds(200));
            await Task.Delay(5);
        }

        Assert.Equal(afterTurn, delivery.Sent.Count);
    }

    [Fact]
    public async Task ExpectRepliesGetsNoTypingInItsBody()
    {
        var activity = Message();
        activity.DeliveryMode = DeliveryModes.ExpectReplies;
        var replyNow = new TaskCompletionSource();

        var turn = adapter.ProcessActivityAsync(activity, async (context, ct) =>
        {
            await replyNow.Task;
            await context.SendActivityAsync("done", cancellationToken: ct);
        }, delivery);
        for (var i = 0; i < 10; i++)
        {
            time.Advance(TimeSpan.FromMilliseconds(200));
            await Task.Delay(5);
        }

        replyNow.SetResult();
        var result = await turn;

        Assert.NotNull(result);
        Assert.DoesNotContain("typing", result.Body?.GetRawText() ?? string.Empty, StringComparison.Ordinal);
        Assert.Empty(delivery.Sent);
    }

    private static Activity Message() => CollectingAdapter.Turn("hello", "convo1").Activity;

    private int Typings() => delivery.Sent.Count(a => a.Type == ActivityTypes.Typing);

    /// <summary>Moves the clock in small steps until <paramref name="done"/>, giving the woken code a moment each time; returns the clock's time then.</summary>
    private async Task<DateTimeOffset> AdvanceUntilAsync(Func<bool> done)
    {
        var realDeadline = DateTime.UtcNow + TimeSpan.FromSeconds(20);
        while (!done())
        {
            Assert.True(DateTime.UtcNow < realDeadline, $"Still waiting after the clock moved to {time.GetUtcNow():HH:mm:ss.fff}; sent: {string.Join(",", delivery.Sent.Select(a => a.Type))}");
            time.Advance(Step);
            await Task.Delay(2);
        }

        return time.GetUtcNow();
    }
}
