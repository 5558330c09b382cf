using System.Text.Json.Serialization;

namespace BotRuntime.Recognizers;

// One option a user can pick. Value is what a prompt returns; Title (default: Value) is what the user sees.
// Value, Title and Synonyms all count when recognizing the user's answer.
public sealed record Choice(string Value)
{
    public string? Title { get; init; }

    public IReadOnlyList<string> Synonyms { get; init; } = [];

    [JsonIgnore]
    public string DisplayText => string.IsNullOrEmpty(Title) ? Value : Title;
}
