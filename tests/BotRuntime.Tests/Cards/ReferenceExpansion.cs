using System.Text.Json.Nodes;

namespace BotRuntime.Tests.Cards;

/// <summary>What the JavaScript engine produced for a case: the expanded JSON, or the message it threw.</summary>
internal sealed record ReferenceExpansion(JsonNode? Result, string? Error)
{
    public static ReferenceExpansion Success(JsonNode? result) => new(result, null);

    public static ReferenceExpansion Failure(string error) => new(null, error);
}
