using System.Text.Json.Nodes;

namespace BotRuntime.Tests.Cards;

/// <summary>A template file with its sample data (<c>X.json</c>, <c>X.data.json</c>, and for the corpus optionally <c>X.host.json</c>).</summary>
internal sealed record TemplateCase(string Name, string TemplatePath, string DataPath, string? HostPath)
{
    public string TemplateJson => File.ReadAllText(TemplatePath);

    public JsonNode? Data => File.Exists(DataPath) ? JsonNode.Parse(File.ReadAllText(DataPath)) : null;

    public JsonNode? Host => HostPath is null ? null : JsonNode.Parse(File.ReadAllText(HostPath));

    /// <summary>Every <c>X.json</c> of a folder that is neither sample data nor host data.</summary>
    public static IEnumerable<TemplateCase> InFolder(string folder, string prefix)
    {
        if (!Directory.Exists(folder))
        {
            return [];
        }

        return Directory.EnumerateFiles(folder, "*.json")
            .Where(path => !path.EndsWith(".data.json", StringComparison.Ordinal) && !path.EndsWith(".host.json", StringComparison.Ordinal))
            .Order(StringComparer.Ordinal)
            .Select(path =>
            {
                var baseName = path[..^".json".Length];
                var host = baseName + ".host.json";
                return new TemplateCase(prefix + "/" + Path.GetFileName(baseName), path, baseName + ".data.json", File.Exists(host) ? host : null);
            });
    }

    public JsonObject ToNodeInput()
    {
        var input = new JsonObject
        {
            ["name"] = Name,
            ["template"] = JsonNode.Parse(TemplateJson),
            ["data"] = Data,
        };
        if (HostPath is not null)
        {
            input["host"] = Host;
        }

        return input;
    }
}
