using System.Collections;
using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Serialization;
using System.Text.Json.Serialization.Metadata;

namespace BotRuntime.Schema;

/// <summary>The one set of JSON options used for everything on the wire and in state.</summary>
public static class BotJson
{
    public static JsonSerializerOptions Options { get; } = CreateOptions();

    private static JsonSerializerOptions CreateOptions()
    {
        var options = new JsonSerializerOptions(JsonSerializerDefaults.Web)
        {
            DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull,
            MaxDepth = 128,
            // Bodies are served as application/json, never inlined into HTML, so only JSON-mandatory escaping is needed.
            Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
            TypeInfoResolver = new DefaultJsonTypeInfoResolver { Modifiers = { OmitEmptySchemaCollections } },
            // JSON values (cards, submit values, channel data) are written as the text they were read from.
            Converters = { new RawJsonElementConverter() },
        };
        options.MakeReadOnly();
        return options;
    }

    // The wire format omits empty arrays (attachments, entities, actions); other types keep theirs.
    private static void OmitEmptySchemaCollections(JsonTypeInfo typeInfo)
    {
        if (typeInfo.Kind != JsonTypeInfoKind.Object
            || typeInfo.Type.Namespace != typeof(BotJson).Namespace
            || typeInfo.Type == typeof(ExpectedReplies))
        {
            return;
        }

        foreach (var property in typeInfo.Properties)
        {
            if (!property.IsExtensionData && property.PropertyType != typeof(string) && typeof(IEnumerable).IsAssignableFrom(property.PropertyType))
            {
                property.ShouldSerialize = static (_, value) => value is not (null or ICollection { Count: 0 });
            }
        }
    }
}
