namespace BotRuntime.Tests.Cards;

/// <summary>
/// Every parity case (the project's <c>cards/</c> and the engine's template corpus) expanded once per test run by
/// the JavaScript engine, in a single node process.
/// </summary>
public sealed class ReferenceExpansions : IAsyncLifetime
{
    private IReadOnlyDictionary<string, ReferenceExpansion>? expansions;

    internal static IReadOnlyList<TemplateCase> Cases { get; } =
    [
        .. TemplateCase.InFolder(RepositoryLayout.CardsFolder, "cards"),
        .. TemplateCase.InFolder(RepositoryLayout.TemplateCorpusFolder, "corpus"),
    ];

    internal ReferenceExpansion this[string name] =>
        (expansions ?? throw new InvalidOperationException("Not initialized."))[name];

    public async Task InitializeAsync() => expansions = await NodeTemplateExpander.ExpandAsync(Cases);

    public Task DisposeAsync() => Task.CompletedTask;
}
