using System.Text.Json;
using System.Text.Json.Serialization;

namespace PlanningServicesBot.Domain.Vouchers;

/// <summary>A voucher number in its normalised form (upper case, groups joined by '-'). Parse user input with <see cref="VoucherNumberFormat"/>.</summary>
[JsonConverter(typeof(JsonConverter))]
public sealed record VoucherNumber
{
    /// <summary>Wraps an already normalised number, e.g. one read from the store.</summary>
    /// <exception cref="ArgumentException">The value is empty.</exception>
    public VoucherNumber(string value)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(value);
        Value = value;
    }

    /// <summary>The normalised number, e.g. "7K2Q-XJ4M-0B9C".</summary>
    public string Value { get; }

    /// <inheritdoc />
    public override string ToString() => Value;

    /// <summary>Serialises a voucher number as its plain string.</summary>
    public sealed class JsonConverter : JsonConverter<VoucherNumber>
    {
        /// <inheritdoc />
        public override VoucherNumber Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options) =>
            new(reader.GetString() ?? throw new JsonException("A voucher number must be a string."));

        /// <inheritdoc />
        public override void Write(Utf8JsonWriter writer, VoucherNumber value, JsonSerializerOptions options) =>
            writer.WriteStringValue(value.Value);
    }
}
