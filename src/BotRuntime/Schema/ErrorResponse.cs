using System.Text.Json;
using System.Text.Json.Serialization;

namespace BotRuntime.Schema;

public class ErrorResponse
{
    public ErrorResponse()
    {
    }

    public ErrorResponse(string code, string message) => Error = new ErrorDetail { Code = code, Message = message };

    public ErrorDetail? Error { get; set; }

    [JsonExtensionData]
    public Dictionary<string, JsonElement>? Properties { get; set; }
}
