using System.Text.Json;
using System.Text.Json.Serialization;
using NodaTime;
using NodaTime.Text;

namespace PlanningServicesBot.Domain.Serialization;

/// <summary>Writes and reads an <see cref="Instant"/> as an ISO-8601 UTC string, e.g. "2021-05-03T09:30:00Z".</summary>
public sealed class InstantJsonConverter : JsonConverter<Instant>
{
    /// <inheritdoc />
    public override Instant Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options)
    {
        var text = reader.GetString();
        var result = InstantPattern.ExtendedIso.Parse(text ?? "");
        return result.Success ? result.Value : throw new JsonException($"'{text}' is not an ISO-8601 instant.");
    }

    /// <inheritdoc />
    public override void Write(Utf8JsonWriter writer, Instant value, JsonSerializerOptions options) =>
        writer.WriteStringValue(InstantPattern.ExtendedIso.Format(value));
}
