using BotRuntime.Schema;

namespace BotRuntime.Adapters;

/// <summary>
/// How a channel receives a turn's replies once the turn has committed its state: the Connector API
/// over HTTP, or an in-process channel (e.g. an embedded Direct Line) writing to its own conversation log.
/// </summary>
public interface IReplyDelivery
{
    Task<ResourceResponse> SendAsync(Activity activity, CancellationToken cancellationToken);

    Task<ResourceResponse> UpdateAsync(Activity activity, CancellationToken cancellationToken);

    Task DeleteAsync(ConversationReference reference, CancellationToken cancellationToken);
}
