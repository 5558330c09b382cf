namespace BotRuntime.Schema;

public class ConversationResourceResponse : ResourceResponse
{
    public string? ActivityId { get; set; }

    public string? ServiceUrl { get; set; }
}
