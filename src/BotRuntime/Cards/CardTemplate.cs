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
        JsJson.ToNode(Expand(JsJson.FromNode(data), host is null ? JsUndefined.Value : JsJson.FromNode(host)));

    /// <summary>Expands the template with <paramref name="data"/> serialized as JSON (camelCase, as ASP.NET Core writes it) as <c>$root</c>.</summary>
    /// <returns>The expanded JSON; <c>null</c> when the root object is dropped by its <c>$when</c>.</returns>
    /// <exception cref="CardTemplateException">A binding fails where adaptivecards-templating throws.</exception>
    public JsonNode? Expand(object? data) => JsJson.ToNode(ExpandValue(data));

    /// <summary>
    /// As <see cref="Expand(object?)"/>, written straight to UTF-8 and read as an element: for a card that is sent
    /// as it is, this skips building a node tree only to serialize it.
    /// </summary>
    /// <returns>The expanded JSON; JSON null when the root object is dropped by its <c>$when</c>.</returns>
    /// <exception cref="CardTemplateException">A binding fails where adaptivecards-templating throws.</exception>
    public JsonElement ExpandToElement(object? data)
    {
        // Written as it is expanded: no tree of the expanded card is built only to be serialized.
        var writer = ThreadJsonWriter.Start();
        root.WriteValue(writer, Scope(DataOf(data), JsUndefined.Value));
        var reader = new Utf8JsonReader(ThreadJsonWriter.Written());
        return JsonElement.ParseValue(ref reader);
    }

    private object? ExpandValue(object? data) => Expand(DataOf(data), JsUndefined.Value);

    private static object? DataOf(object? data) => data switch
    {
        JsonNode node => JsJson.FromNode(node),
        JsonElement element => JsJson.FromElement(element),
        JsonDocument document => JsJson.FromElement(document.RootElement),
        null => null,
        _ => JsJson.FromElement(JsonSerializer.SerializeToElement(data, data.GetType(), DataSerialization)),
    };

    private object? Expand(object? data, object? host) => root.Expand(Scope(data, host));

    private static TemplateScope Scope(object? data, object? host) => new(Root: data, Data: data, Index: JsUndefined.Value, Host: host);
}
