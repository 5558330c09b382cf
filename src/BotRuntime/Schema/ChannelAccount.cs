using System.Text.Json;
using System.Text.Json.Serialization;

namespace BotRuntime.Schema;

public class ChannelAccount
{
    public ChannelAccount()
    {
    }

    public ChannelAccount(string id, string? name = null, string? role = null)
    {
        Id = id;
        Name = name;
        Role = role;
    }

    public string? Id { get; set; }

    public string? Name { get; set; }

    public string? AadObjectId { get; set; }

    /// <summary>user, bot or skill (see <see cref="RoleTypes"/>); informational only.</summary>
    public string? Role { get; set; }

    [JsonExtensionData]
    public Dictionary<string, JsonElement>? Properties { get; set; }

    /// <summary>A deep copy (see <see cref="SchemaCopy"/>).</summary>
    public ChannelAccount Copy()
    {
        var copy = (ChannelAccount)MemberwiseClone();
        copy.Properties = SchemaCopy.Of(Properties);
        return copy;
    }
}
