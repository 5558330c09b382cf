using System.Globalization;
using System.Text.Json;
using System.Text.Json.Serialization;

namespace BotRuntime.Schema;

/// <summary>Reads any ISO 8601 date (an odd one becomes null rather than rejecting the activity); writes UTC with Z, others with their offset, with as many fraction digits as the value needs (3 for JavaScript-made times).</summary>
public sealed class LenientDateTimeOffsetConverter : JsonConverter<DateTimeOffset?>
{
    public override bool HandleNull => true;

    public override DateTimeOffset? Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options)
    {
        if (reader.TokenType != JsonTokenType.String)
        {
            reader.Skip();
            return null;
        }

        return DateTimeOffset.TryParse(reader.GetString(), CultureInfo.InvariantCulture, DateTimeStyles.RoundtripKind, out var value)
            ? value
            : null;
    }

    public override void Write(Utf8JsonWriter writer, DateTimeOffset? value, JsonSerializerOptions options)
    {
        if (value is not { } date)
        {
            writer.WriteNullValue();
            return;
        }

        var fraction = (date.Ticks % TimeSpan.TicksPerSecond) switch
        {
            0 => string.Empty,
            var ticks when ticks % TimeSpan.TicksPerMillisecond == 0 => ".fff",
            _ => ".FFFFFFF",
        };
        var text = date.Offset == TimeSpan.Zero
            ? date.UtcDateTime.ToString("yyyy-MM-dd'T'HH:mm:ss" + fraction + "'Z'", CultureInfo.InvariantCulture)
            : date.ToString("yyyy-MM-dd'T'HH:mm:ss" + fraction + "zzz", CultureInfo.InvariantCulture);
        writer.WriteStringValue(text);
    }
}
