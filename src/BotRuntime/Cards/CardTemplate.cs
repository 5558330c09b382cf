using System.Text.Json;
using System.Text.Json.Nodes;
using BotRuntime.Cards.Expressions;
using BotRuntime.Schema;

namespace BotRuntime.Cards;

/// <summary>
/// An Adaptive Card template in the Adaptive Cards Templating language, parsed once and expanded with data. Expansion
/// gives the same JSON as the JavaScript <c>adaptivecards-templating</c> 2.3.1 package (with adaptive-expressions 4.23),
/// quirks included: a binding to a missing path stays in text as <c>${path}</c>, a string that is exactly one binding
/// keeps the value's JSON type, <c>$data</c> arrays repeat their object, <c>$when</c> drops it unless true.
/// </summary>
/// <remarks>A parsed template is immutable and may be expanded from several threads at once.</remarks>
public sealed class CardTemplate
{
    private static readonly JsonSerializerOptions DataSerialization = new(JsonSerializerDefaults.Web);

    private readonly TemplateNode root;

    private CardTemplate(TemplateNode root)
    {
        this.root = root;
    }

    /// <summary>Parses a template; bindings are parsed here, so a malformed expression fails now rather than at expansion.</summary>
    /// <exception cref="CardTemplateException">The JSON or one of its expressions is malformed, or uses an unsupported function.</exception>
    public static CardTemplate Parse(string json)
    {
        ArgumentNullException.ThrowIfNull(json);
        try
        {
            using var document = JsonDocument.Parse(json);
            return new CardTemplate(TemplateNode.Prepare(document.RootElement));
        }
        catch (JsonException exception)
        {
            throw new CardTemplateException($"The template is not valid JSON: {exception.Message}", exception);
        }
    }

    /// <summary>Expands the template with <paramref name="data"/> as <c>$root</c> and <paramref name="host"/> as <c>$host</c>.</summary>
    /// <returns>The expanded JSON; <c>null</c> when the root object is dropped by its <c>$when</c>.</returns>
    /// <exception cref="CardTemplateException">A binding fails where adaptivecards-templating throws.</exception>
    public JsonNode? Expand(JsonNode? data, JsonNode? host = null) =>
        JsonNode.Parse(Write(JsJson.FromNode(data), host is null ? JsUndefined.Value : JsJson.FromNode(host)));

    /// <summary>Expands the template with <paramref name="data"/> serialized as JSON (camelCase, as ASP.NET Core writes it) as <c>$root</c>.</summary>
    /// <returns>The expanded JSON; <c>null</c> when the root object is dropped by its <c>$when</c>.</returns>
    /// <exception cref="CardTemplateException">A binding fails where adaptivecards-templating throws.</exception>
    public JsonNode? Expand(object? data) => JsonNode.Parse(Write(DataOf(data), JsUndefined.Value));

    /// <summary>As <see cref="Expand(object?)"/>, read as an element: for a card that is sent as it is.</summary>
    /// <returns>The expanded JSON; JSON null when the root object is dropped by its <c>$when</c>.</returns>
    /// <exception cref="CardTemplateException">A binding fails where adaptivecards-templating throws.</exception>
    public JsonElement ExpandToElement(object? data)
    {
        var reader = new Utf8JsonReader(Write(DataOf(data), JsUndefined.Value));
        return JsonElement.ParseValue(ref reader);
    }

    // Expansion writes the card as it goes; no tree of it is built only to be serialized or converted.
    // The bytes are the thread's writer's, valid until its next use: read them before anything else writes.
    private ReadOnlySpan<byte> Write(object? data, object? host)
    {
        var writer = ThreadJsonWriter.Start();
        root.WriteValue(writer, new TemplateScope(Root: data, Data: data, Index: JsUndefined.Value, Host: host));
        return ThreadJsonWriter.Written();
    }

    private static object? DataOf(object? data) => data switch
    {
        JsonNode node => JsJson.FromNode(node),
        JsonElement element => JsJson.FromElement(element),
        JsonDocument document => JsJson.FromElement(document.RootElement),
        null => null,
        _ => JsJson.FromElement(JsonSerializer.SerializeToElement(data, data.GetType(), DataSerialization)),
    };
}
