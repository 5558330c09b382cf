using System.Text.Json;
using System.Text.Json.Serialization;

namespace BotRuntime.Schema;

public class ErrorDetail
{
    public string? Code { get; set; }

    public string? Message { get; set; }

    public InnerHttpError? InnerHttpError { get; set; }

    [JsonExtensionData]
    public Dictionary<string, JsonElement>? Properties { get; set; }
}
