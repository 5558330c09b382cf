using System.Text.Json;
using System.Text.Json.Serialization;

namespace BotRuntime.Schema;

public class ConversationAccount
{
    public ConversationAccount()
    {
    }

    public ConversationAccount(string id, string? name = null, bool? isGroup = null)
    {
        Id = id;
        Name = name;
        IsGroup = isGroup;
    }

    public string? Id { get; set; }

    public string? Name { get; set; }

    public bool? IsGroup { get; set; }

    /// <summary>Teams: personal, groupChat or channel.</summary>
    public string? ConversationType { get; set; }

    public string? TenantId { get; set; }

    public string? AadObjectId { get; set; }

    public string? Role { get; set; }

    [JsonExtensionData]
    public Dictionary<string, JsonElement>? Properties { get; set; }

    /// <summary>A deep copy (see <see cref="SchemaCopy"/>).</summary>
    public ConversationAccount Copy()
    {
        var copy = (ConversationAccount)MemberwiseClone();
        copy.Properties = SchemaCopy.Of(Properties);
        return copy;
    }
}
