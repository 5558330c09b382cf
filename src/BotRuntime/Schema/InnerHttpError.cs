using System.Text.Json;
using System.Text.Json.Serialization;

namespace BotRuntime.Schema;

public class InnerHttpError
{
    public int StatusCode { get; set; }

    public JsonElement? Body { get; set; }

    [JsonExtensionData]
    public Dictionary<string, JsonElement>? Properties { get; set; }
}
