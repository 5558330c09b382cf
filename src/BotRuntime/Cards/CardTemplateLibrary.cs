using System.Collections.Concurrent;
using System.Text.Json;
using System.Text.Json.Nodes;

namespace BotRuntime.Cards;

/// <summary>
/// The card templates of a folder, by name: <c>welcome.json</c> is <c>welcome</c>. Sample data files beside them
/// (<c>welcome.data.json</c>) are not templates. Each template is read and parsed once, on first use.
/// </summary>
public sealed class CardTemplateLibrary
{
    private const string TemplateExtension = ".json";
    private const string SampleDataExtension = ".data.json";

    private readonly string folder;
    private readonly ConcurrentDictionary<string, Lazy<CardTemplate>> templates = new(StringComparer.Ordinal);

    public CardTemplateLibrary(string folder)
    {
        ArgumentException.ThrowIfNullOrEmpty(folder);
        if (!Directory.Exists(folder))
        {
            throw new DirectoryNotFoundException($"Card template folder not found: {folder}");
        }

        this.folder = Path.GetFullPath(folder);
    }

    /// <summary>The names of the templates in the folder, in ordinal order.</summary>
    public IReadOnlyList<string> Names =>
        Directory.EnumerateFiles(folder, "*" + TemplateExtension)
            .Select(Path.GetFileName)
            .Where(file => !file!.EndsWith(SampleDataExtension, StringComparison.OrdinalIgnoreCase))
            .Select(file => file![..^TemplateExtension.Length])
            .Order(StringComparer.Ordinal)
            .ToList();

    public bool Contains(string name) => IsTemplateName(name) && File.Exists(PathOf(name));

    /// <exception cref="CardTemplateException">No such template, or it does not parse.</exception>
    public CardTemplate Get(string name)
    {
        // A template already loaded needs no look at the disk: cards are rendered on every turn.
        if (templates.TryGetValue(name, out var loaded) && loaded.IsValueCreated)
        {
            return loaded.Value;
        }

        if (!Contains(name))
        {
            throw new CardTemplateException($"No card template named '{name}' in {folder}.");
        }

        var entry = templates.GetOrAdd(name, key => new Lazy<CardTemplate>(() => Load(key)));
        try
        {
            return entry.Value;
        }
        catch (CardTemplateException)
        {
            templates.TryRemove(new KeyValuePair<string, Lazy<CardTemplate>>(name, entry));
            throw;
        }
    }

    /// <summary>Expands the named template with <paramref name="data"/>; see <see cref="CardTemplate.Expand(object?)"/>.</summary>
    public JsonNode? Expand(string name, object? data) => Get(name).Expand(data);

    /// <summary>Expands the named template straight to JSON; see <see cref="CardTemplate.ExpandToElement(object?)"/>.</summary>
    public JsonElement ExpandToElement(string name, object? data) => Get(name).ExpandToElement(data);

    private CardTemplate Load(string name)
    {
        try
        {
            return CardTemplate.Parse(File.ReadAllText(PathOf(name)));
        }
        catch (CardTemplateException exception)
        {
            throw new CardTemplateException($"Card template '{name}': {exception.Message}", exception);
        }
    }

    private string PathOf(string name) => Path.Combine(folder, name + TemplateExtension);

    private static bool IsTemplateName(string name) =>
        !string.IsNullOrEmpty(name)
        && name.IndexOfAny(Path.GetInvalidFileNameChars()) < 0
        && name.IndexOfAny(['/', '\\']) < 0
        && name is not ("." or "..")
        && !name.EndsWith(".data", StringComparison.OrdinalIgnoreCase);
}
