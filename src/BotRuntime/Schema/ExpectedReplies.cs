using System.Text.Json;
using System.Text.Json.Serialization;

namespace BotRuntime.Schema;

/// <summary>The HTTP body answering an activity sent with deliveryMode expectReplies.</summary>
public class ExpectedReplies
{
    public ExpectedReplies()
    {
    }

    public ExpectedReplies(IList<Activity> activities) => Activities = activities;

    public IList<Activity>? Activities { get; set; }

    [JsonExtensionData]
    public Dictionary<string, JsonElement>? Properties { get; set; }
}
