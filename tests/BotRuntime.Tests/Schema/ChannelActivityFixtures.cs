using System.Text.Json.Nodes;

namespace BotRuntime.Tests.Schema;

/// <summary>Activities as real channels send them, stored under Fixtures/.</summary>
public static class ChannelActivityFixtures
{
    public static TheoryData<string> Names()
    {
        var data = new TheoryData<string>();
        foreach (var path in Directory.GetFiles(Folder, "*.json").Order(StringComparer.Ordinal))
        {
            data.Add(Path.GetFileNameWithoutExtension(path));
        }

        return data;
    }

    public static string Read(string name) => File.ReadAllText(Path.Combine(Folder, name + ".json"));

    /// <summary>The fixture as the wire format re-emits it: empty arrays are omitted by the Activity spec (A2004).</summary>
    public static JsonNode ReadWithoutEmptyArrays(string name)
    {
        var node = JsonNode.Parse(Read(name))!;
        RemoveEmptyArrays(node);
        return node;
    }

    private static string Folder => Path.Combine(AppContext.BaseDirectory, "Fixtures");

    private static void RemoveEmptyArrays(JsonNode node)
    {
        if (node is JsonObject obj)
        {
            foreach (var name in obj.Where(p => p.Value is JsonArray { Count: 0 }).Select(p => p.Key).ToList())
            {
                obj.Remove(name);
            }

            foreach (var (_, child) in obj)
            {
                if (child is not null)
                {
                    RemoveEmptyArrays(child);
                }
            }
        }
        else if (node is JsonArray array)
        {
            foreach (var child in array)
            {
                if (child is not null)
                {
                    RemoveEmptyArrays(child);
                }
            }
        }
    }
}
