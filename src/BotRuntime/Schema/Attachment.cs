using System.Text.Json;
using System.Text.Json.Nodes;
using System.Text.Json.Serialization;

namespace BotRuntime.Schema;

public class Attachment
{
    public string? ContentType { get; set; }

    public string? ContentUrl { get; set; }

    public JsonElement? Content { get; set; }

    public string? Name { get; set; }

    public string? ThumbnailUrl { get; set; }

    [JsonExtensionData]
    public Dictionary<string, JsonElement>? Properties { get; set; }

    /// <summary>
    /// An Adaptive Card attachment; <paramref name="card"/> must be the card object, not a string, read from strict JSON
    /// (it is sent as the text it was read from; see <see cref="BotJson"/>).
    /// </summary>
    public static Attachment CreateAdaptiveCard(JsonElement card)
    {
        if (card.ValueKind != JsonValueKind.Object)
        {
            throw new ArgumentException("An Adaptive Card must be a JSON object.", nameof(card));
        }

        return new Attachment { ContentType = AttachmentContentTypes.AdaptiveCard, Content = card.Clone() };
    }

    public static Attachment CreateAdaptiveCard(JsonNode card) =>
        CreateAdaptiveCard(JsonSerializer.SerializeToElement(card, BotJson.Options));

    public static Attachment CreateAdaptiveCard(string cardJson)
    {
        using var document = JsonDocument.Parse(cardJson);
        return CreateAdaptiveCard(document.RootElement);
    }

    /// <summary>A deep copy (see <see cref="SchemaCopy"/>).</summary>
    public Attachment Copy()
    {
        var copy = (Attachment)MemberwiseClone();
        copy.Properties = SchemaCopy.Of(Properties);
        return copy;
    }
}
