using System.Text.Json;
using BotRuntime.Cards.Expressions;

namespace BotRuntime.Cards;

/// <summary>
/// An object, with the templating keywords: <c>$data</c> (a new scope; an array repeats the object once per item,
/// with <c>$index</c>) and <c>$when</c> (the object is dropped unless it evaluates to <c>true</c>).
/// </summary>
internal sealed class TemplateObject : TemplateNode
{
    private static readonly HashSet<string> ReservedKeys = new(StringComparer.Ordinal)
    {
        "$data", "$when", "$root", "$index", "$host", "$_acTemplateVersion",
    };

    private readonly (JsonEncodedText Key, TemplateNode Value)[] properties;
    private readonly TemplateNode? when;
    private readonly TemplateBinding? dataBinding;
    private readonly JsonElement? inlineData;

    private TemplateObject((JsonEncodedText, TemplateNode)[] properties, TemplateNode? when, TemplateBinding? dataBinding, JsonElement? inlineData)
    {
        this.properties = properties;
        this.when = when;
        this.dataBinding = dataBinding;
        this.inlineData = inlineData;
    }

    public static TemplateObject Parse(JsonElement element)
    {
        // Keys are read into a JavaScript object first: a repeated key keeps its first position and its last value.
        var members = new JsObject();
        foreach (var property in element.EnumerateObject())
        {
            members.Set(property.Name, property.Value);
        }

        var properties = new List<(JsonEncodedText, TemplateNode)>();
        TemplateNode? when = null;
        TemplateBinding? dataBinding = null;
        JsonElement? inlineData = null;
        foreach (var key in members.Keys)
        {
            members.TryGet(key, out var boxed);
            var value = (JsonElement)boxed!;
            switch (key)
            {
                case "$when":
                    when = Prepare(value);
                    break;
                case "$data" when value.ValueKind == JsonValueKind.String && InterpolatedText.ContainsBinding(value.GetString()!):
                    dataBinding = TemplateBinding.Parse(value.GetString()!);
                    break;
                case "$data":
                    RefuseBindingsIn(value);
                    inlineData = value.Clone();
                    break;
                default:
                    if (!ReservedKeys.Contains(key))
                    {
                        properties.Add((Encode(key), Prepare(value)));
                    }

                    break;
            }
        }

        return new TemplateObject([.. properties], when, dataBinding, inlineData);
    }

    // Null when nothing is included, the object when one is, an array of them when $data repeats it.
    public override void WriteValue(Utf8JsonWriter writer, TemplateScope scope)
    {
        var included = IncludedScopes(scope);
        switch (included.Count)
        {
            case 0:
                writer.WriteNullValue();
                break;
            case 1:
                WriteProperties(writer, included[0]);
                break;
            default:
                writer.WriteStartArray();
                WriteAll(writer, included);
                writer.WriteEndArray();
                break;
        }
    }

    // An object expands to null at worst, never to undefined.
    public override void WriteProperty(Utf8JsonWriter writer, JsonEncodedText key, TemplateScope scope)
    {
        writer.WritePropertyName(key);
        WriteValue(writer, scope);
    }

    // Inside an array: nothing when dropped, each repetition spliced in.
    public override void WriteItems(Utf8JsonWriter writer, TemplateScope scope) => WriteAll(writer, IncludedScopes(scope));

    private void WriteAll(Utf8JsonWriter writer, IReadOnlyList<TemplateScope> included)
    {
        foreach (var itemScope in included)
        {
            WriteProperties(writer, itemScope);
        }
    }

    /// <summary>The scopes this object is expanded in: its <c>$data</c> (each item of an array, with <c>$index</c>) where <c>$when</c> holds.</summary>
    private IReadOnlyList<TemplateScope> IncludedScopes(TemplateScope scope)
    {
        if (dataBinding is null && inlineData is null)
        {
            return Included(scope) ? [scope] : [];
        }

        var data = dataBinding is not null ? dataBinding.Evaluate(scope) : JsJson.FromElement(inlineData!.Value);
        if (data is not List<object?> items)
        {
            var single = scope with { Data = data is JsUndefined ? scope.Data : data };
            return Included(single) ? [single] : [];
        }

        var included = new List<TemplateScope>(items.Count);
        for (var i = 0; i < items.Count; i++)
        {
            var itemScope = scope with { Data = items[i] is JsUndefined ? scope.Data : items[i], Index = (double)i };
            if (Included(itemScope))
            {
                included.Add(itemScope);
            }
        }

        return included;
    }

    private bool Included(TemplateScope scope) => when switch
    {
        null => true,
        TemplateBinding condition => condition.IsTrue(scope),
        TemplateLiteral literal => !literal.IsTruthy,
        _ => false,
    };

    // The keys are in JavaScript's enumeration order already: they were read into a JsObject when the template was parsed.
    private void WriteProperties(Utf8JsonWriter writer, TemplateScope scope)
    {
        writer.WriteStartObject();
        foreach (var (key, node) in properties)
        {
            node.WriteProperty(writer, key, scope);
        }

        writer.WriteEndObject();
    }

    private static void RefuseBindingsIn(JsonElement value)
    {
        switch (value.ValueKind)
        {
            case JsonValueKind.String when InterpolatedText.ContainsBinding(value.GetString()!):
                throw new CardTemplateException("Bindings inside inline \"$data\" are not supported; bind \"$data\" to a path instead.");
            case JsonValueKind.Object:
                foreach (var property in value.EnumerateObject())
                {
                    RefuseBindingsIn(property.Value);
                }

                break;
            case JsonValueKind.Array:
                foreach (var item in value.EnumerateArray())
                {
                    RefuseBindingsIn(item);
                }

                break;
        }
    }
}
