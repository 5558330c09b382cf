namespace BotRuntime.Tests;

public class MiddlewareSetTests
{
    [Fact]
    public async Task MiddlewareWrapsTheBotInTheOrderAdded()
    {
        var log = new List<string>();
        var set = new MiddlewareSet().Use(new Recording("a", log)).Use(new Recording("b", log));

        await set.ReceiveActivityWithStatusAsync(CollectingAdapter.Turn(), (_, _) =>
        {
            log.Add("bot");
            return Task.CompletedTask;
        });

        Assert.Equal(["a>", "b>", "bot", "<b", "<a"], log);
    }

    [Fact]
    public async Task MiddlewareThatDoesNotCallNextShortCircuitsTheTurn()
    {
        var botRan = false;
        var set = new MiddlewareSet().Use(new ShortCircuit());

        await set.ReceiveActivityWithStatusAsync(CollectingAdapter.Turn(), (_, _) =>
        {
            botRan = true;
            return Task.CompletedTask;
        });

        Assert.False(botRan);
    }

    private sealed class Recording(string name, List<string> log) : IMiddleware
    {
        public async Task OnTurnAsync(ITurnContext turnContext, NextDelegate next, CancellationToken cancellationToken = default)
        {
            log.Add(name + ">");
            await next(cancellationToken);
            log.Add("<" + name);
        }
    }

    private sealed class ShortCircuit : IMiddleware
    {
        public Task OnTurnAsync(ITurnContext turnContext, NextDelegate next, CancellationToken cancellationToken = default) => Task.CompletedTask;
    }
}
