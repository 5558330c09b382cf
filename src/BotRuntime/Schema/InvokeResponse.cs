using System.Text.Json;
using System.Text.Json.Serialization;

namespace BotRuntime.Schema;

/// <summary>The answer to an invoke: over HTTP, <see cref="Status"/> becomes the status code and <see cref="Body"/> the body.</summary>
public class InvokeResponse
{
    public InvokeResponse()
    {
    }

    public InvokeResponse(int status, JsonElement? body = null)
    {
        Status = status;
        Body = body;
    }

    public int Status { get; set; }

    public JsonElement? Body { get; set; }

    [JsonExtensionData]
    public Dictionary<string, JsonElement>? Properties { get; set; }

    public static InvokeResponse Create<T>(int status, T body) =>
        new(status, body is null ? null : JsonSerializer.SerializeToElement(body, BotJson.Options));
}
