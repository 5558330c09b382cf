using System.Text.Json;
using System.Text.Json.Serialization;

namespace BotRuntime.Schema;

/// <summary>The answer to an invoke: over HTTP, <see cref="Status"/> becomes the status code and <see cref="Body"/> the body.</summary>
public class InvokeResponse
{
    private JsonElement? body;
    private ExpectedReplies? expectedReplies;

    public InvokeResponse()
    {
    }

    public InvokeResponse(int status, JsonElement? body = null)
    {
        Status = status;
        Body = body;
    }

    public int Status { get; set; }

    public JsonElement? Body
    {
        get => body ??= expectedReplies is null ? null : JsonSerializer.SerializeToElement(expectedReplies, BotJson.Options);
        set
        {
            body = value;
            expectedReplies = null;
        }
    }

    /// <summary>The replies of an expectReplies turn, kept as objects so that the endpoint writes them once, straight to the response.</summary>
    internal ExpectedReplies? ExpectedReplies => body is null ? expectedReplies : null;

    [JsonExtensionData]
    public Dictionary<string, JsonElement>? Properties { get; set; }

    public static InvokeResponse Create<T>(int status, T body) =>
        new(status, body is null ? null : JsonSerializer.SerializeToElement(body, BotJson.Options));

    /// <summary>The 200 answer to an expectReplies turn; <see cref="Body"/> is only built if someone asks for it.</summary>
    public static InvokeResponse ForExpectedReplies(ExpectedReplies replies) =>
        new() { Status = 200, expectedReplies = replies ?? throw new ArgumentNullException(nameof(replies)) };
}
