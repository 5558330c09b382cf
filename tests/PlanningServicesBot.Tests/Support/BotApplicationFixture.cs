namespace PlanningServicesBot.Tests.Support;

/// <summary>One running bot host (demo data on its own SQLite file) shared by the tests of a class.</summary>
public sealed class BotApplicationFixture : IDisposable
{
    public BotApplication App { get; } = new();

    public BotApplicationFixture() => _ = App.Server;

    public void Dispose() => App.Dispose();
}
