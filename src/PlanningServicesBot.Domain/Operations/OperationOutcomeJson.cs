using System.Text.Json;
using System.Text.Json.Serialization;
using PlanningServicesBot.Domain.Serialization;

namespace PlanningServicesBot.Domain.Operations;

/// <summary>The JSON form of operation outcomes, as the store keeps them for idempotent replays.</summary>
public static class OperationOutcomeJson
{
    /// <summary>Options that round-trip outcomes, refusals, vouchers and actors (dates as "yyyy-MM-dd", enums as names).</summary>
    public static JsonSerializerOptions Options { get; } = CreateOptions();

    /// <summary>Serialises an outcome.</summary>
    public static string Serialize(OperationOutcome outcome) => JsonSerializer.Serialize(outcome, Options);

    /// <summary>Reads an outcome written by <see cref="Serialize"/>.</summary>
    /// <exception cref="JsonException">The text is not a serialised outcome.</exception>
    public static OperationOutcome Deserialize(string json) =>
        JsonSerializer.Deserialize<OperationOutcome>(json, Options) ?? throw new JsonException("The outcome is null.");

    private static JsonSerializerOptions CreateOptions()
    {
        var options = new JsonSerializerOptions(JsonSerializerDefaults.Web)
        {
            Converters = { new LocalDateJsonConverter(), new InstantJsonConverter(), new JsonStringEnumConverter() },
        };
        options.MakeReadOnly(populateMissingResolver: true);
        return options;
    }
}
