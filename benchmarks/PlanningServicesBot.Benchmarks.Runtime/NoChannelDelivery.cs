using BotRuntime.Adapters;
using BotRuntime.Schema;

namespace PlanningServicesBot.Benchmarks.Runtime;

/// <summary>A channel that must never be called: the benchmarked turns use expectReplies, so replies come back in the result.</summary>
public sealed class NoChannelDelivery : IReplyDelivery
{
    public Task<ResourceResponse> SendAsync(Activity activity, CancellationToken cancellationToken) => throw Unexpected();

    public Task<ResourceResponse> UpdateAsync(Activity activity, CancellationToken cancellationToken) => throw Unexpected();

    public Task DeleteAsync(ConversationReference reference, CancellationToken cancellationToken) => throw Unexpected();

    private static InvalidOperationException Unexpected() =>
        new("An expectReplies turn delivered through the channel; the benchmark would measure the wrong path.");
}
