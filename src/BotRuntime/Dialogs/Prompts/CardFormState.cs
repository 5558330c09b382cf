using System.Text.Json.Nodes;

namespace BotRuntime.Dialogs.Prompts;

// What the card builder gets: the values last entered (or the initial ones), the errors of the last submit by
// input id, how many submits were rejected, the turn's locale and the caller's data.
public sealed record CardFormState(
    IReadOnlyDictionary<string, string> Values,
    IReadOnlyDictionary<string, string> Errors,
    int AttemptCount,
    string Locale,
    JsonNode? Data);
