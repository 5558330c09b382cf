using System.Text.Json.Nodes;
using BotRuntime.Cards;

namespace BotRuntime.Tests.Cards;

public sealed class CardTemplateLibraryTests : IDisposable
{
    private readonly string folder = Directory.CreateTempSubdirectory("card-templates-").FullName;

    public CardTemplateLibraryTests()
    {
        File.WriteAllText(Path.Combine(folder, "welcome.json"), """{ "type": "AdaptiveCard", "text": "Hello ${name}" }""");
        File.WriteAllText(Path.Combine(folder, "welcome.data.json"), """{ "name": "Ada" }""");
        File.WriteAllText(Path.Combine(folder, "menu.json"), """{ "type": "AdaptiveCard", "actions": [] }""");
        File.WriteAllText(Path.Combine(folder, "broken.json"), """{ "text": "${name ==}" }""");
        File.WriteAllText(Path.Combine(folder, "notes.txt"), "not a template");
    }

    public void Dispose() => Directory.Delete(folder, recursive: true);

    [Fact]
    public void TemplatesAreNamedByTheirFileNameAndSampleDataIsNotATemplate() =>
        Assert.Equal(["broken", "menu", "welcome"], new CardTemplateLibrary(folder).Names);

    [Fact]
    public void ATemplateIsExpandedByName() =>
        Assert.Equal(
            """{"type":"AdaptiveCard","text":"Hello Ada"}""",
            new CardTemplateLibrary(folder).Expand("welcome", JsonNode.Parse("""{ "name": "Ada" }"""))!.ToJsonString());

    [Fact]
    public void ATemplateIsParsedOnceAndThenServedFromTheCache()
    {
        var library = new CardTemplateLibrary(folder);
        var first = library.Get("welcome");
        File.WriteAllText(Path.Combine(folder, "welcome.json"), """{ "text": "changed" }""");
        Assert.Same(first, library.Get("welcome"));
    }

    [Theory]
    [InlineData("missing")]
    [InlineData("welcome.data")]
    [InlineData("../welcome")]
    [InlineData("")]
    public void NamesThatAreNotTemplatesOfTheFolderAreRefused(string name)
    {
        var library = new CardTemplateLibrary(folder);
        Assert.False(library.Contains(name));
        Assert.Throws<CardTemplateException>(() => library.Get(name));
    }

    [Fact]
    public void ATemplateThatDoesNotParseIsReportedByName()
    {
        var exception = Assert.Throws<CardTemplateException>(() => new CardTemplateLibrary(folder).Get("broken"));
        Assert.Contains("'broken'", exception.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void AMissingFolderIsRefused() =>
        Assert.Throws<DirectoryNotFoundException>(() => new CardTemplateLibrary(Path.Combine(folder, "nowhere")));
}
