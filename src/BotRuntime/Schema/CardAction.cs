using System.Text.Json;
using System.Text.Json.Serialization;

namespace BotRuntime.Schema;

public class CardAction
{
    public CardAction()
    {
    }

    public CardAction(string type, string title, JsonElement? value = null)
    {
        Type = type;
        Title = title;
        Value = value;
    }

    /// <summary>See <see cref="ActionTypes"/>.</summary>
    public string? Type { get; set; }

    public string? Title { get; set; }

    public string? Image { get; set; }

    public string? ImageAltText { get; set; }

    public string? Text { get; set; }

    public string? DisplayText { get; set; }

    public JsonElement? Value { get; set; }

    public JsonElement? ChannelData { get; set; }

    [JsonExtensionData]
    public Dictionary<string, JsonElement>? Properties { get; set; }

    public static CardAction ImBack(string title, string? value = null) =>
        new(ActionTypes.ImBack, title, JsonSerializer.SerializeToElement(value ?? title, BotJson.Options));

    /// <summary>A deep copy (see <see cref="SchemaCopy"/>).</summary>
    public CardAction Copy()
    {
        var copy = (CardAction)MemberwiseClone();
        copy.Properties = SchemaCopy.Of(Properties);
        return copy;
    }
}
