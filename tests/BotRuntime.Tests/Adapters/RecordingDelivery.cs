using System.Collections.Concurrent;
using BotRuntime.Adapters;
using BotRuntime.Schema;

namespace BotRuntime.Tests.Adapters;

/// <summary>An in-process channel that keeps what it is given, in order.</summary>
public sealed class RecordingDelivery : IReplyDelivery
{
    public ConcurrentQueue<string> Log { get; } = new();

    public ConcurrentQueue<Activity> Sent { get; } = new();

    public bool Fail { get; set; }

    public Task<ResourceResponse> SendAsync(Activity activity, CancellationToken cancellationToken)
    {
        if (Fail)
        {
            throw new HttpRequestException("The channel is down.");
        }

        Sent.Enqueue(activity);
        Log.Enqueue($"send {activity.Type} {activity.Text}".TrimEnd());
        return Task.FromResult(new ResourceResponse("delivered-" + Sent.Count));
    }

    public Task<ResourceResponse> UpdateAsync(Activity activity, CancellationToken cancellationToken)
    {
        Log.Enqueue($"update {activity.Id}");
        return Task.FromResult(new ResourceResponse(activity.Id));
    }

    public Task DeleteAsync(ConversationReference reference, CancellationToken cancellationToken)
    {
        Log.Enqueue($"delete {reference.ActivityId}");
        return Task.CompletedTask;
    }

    public IReadOnlyList<string?> Texts() => Sent.Select(a => a.Text).ToList();
}
