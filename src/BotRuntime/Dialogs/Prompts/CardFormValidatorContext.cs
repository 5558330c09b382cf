using System.Text.Json.Nodes;

namespace BotRuntime.Dialogs.Prompts;

public sealed class CardFormValidatorContext
{
    internal CardFormValidatorContext(ITurnContext context, IReadOnlyDictionary<string, string> values, int attemptCount, string locale, JsonNode? data)
    {
        Context = context;
        Values = values;
        AttemptCount = attemptCount;
        Locale = locale;
        Data = data;
    }

    public ITurnContext Context { get; }

    // The submitted values by input id (and the submit action's data), all as strings as the channels send them.
    public IReadOnlyDictionary<string, string> Values { get; }

    // Submits received so far, this one included.
    public int AttemptCount { get; }

    public string Locale { get; }

    public JsonNode? Data { get; }
}
