namespace BotRuntime.Tests.Cards;

/// <summary>Paths in the repository, found by walking up from the test binaries to <c>PlanningServicesBot.sln</c>.</summary>
internal static class RepositoryLayout
{
    private static readonly Lazy<string> RootPath = new(FindRoot);

    public static string Root => RootPath.Value;

    /// <summary>The project's card templates (<c>X.json</c> with sample data <c>X.data.json</c>).</summary>
    public static string CardsFolder => Path.Combine(Root, "cards");

    /// <summary>The engine's own template corpus, covering every feature and quirk of the templating language.</summary>
    public static string TemplateCorpusFolder => Path.Combine(Root, "tests", "BotRuntime.Tests", "Cards", "Templates");

    /// <summary>The Node test-tools package (<c>expand.js</c> and the pinned official npm packages).</summary>
    public static string NodeToolsFolder => Path.Combine(Root, "tests", "js");

    private static string FindRoot()
    {
        for (var directory = new DirectoryInfo(AppContext.BaseDirectory); directory is not null; directory = directory.Parent)
        {
            if (File.Exists(Path.Combine(directory.FullName, "PlanningServicesBot.sln")))
            {
                return directory.FullName;
            }
        }

        throw new InvalidOperationException($"PlanningServicesBot.sln not found above {AppContext.BaseDirectory}.");
    }
}
