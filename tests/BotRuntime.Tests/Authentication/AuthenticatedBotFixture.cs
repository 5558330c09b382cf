using BotRuntime.Tests.Http;

namespace BotRuntime.Tests.Authentication;

/// <summary>A bot with an app id, trusting a local OpenID provider, replying through a local Connector.</summary>
public sealed class AuthenticatedBotFixture : IAsyncLifetime
{
    public const string AppId = "7c0a1d52-6d3b-4c57-9d1f-2f1a3b4c5d6e";
    public const string TenantId = "0b8d6c2e-4a5f-4e3d-8c1b-9a7f6e5d4c3b";

    public LocalOpenIdProvider OpenId { get; private set; } = null!;

    public FakeConnector Connector { get; private set; } = null!;

    public LocalHttpServer Bot { get; private set; } = null!;

    public int Turns => turns;

    private int turns;

    public async Task InitializeAsync()
    {
        OpenId = await LocalOpenIdProvider.StartAsync();
        OpenId.Publish("key-1", "msteams", "webchat", "directline", "emulator");
        OpenId.Publish("key-teams-only", "msteams");
        Connector = await FakeConnector.StartAsync();
        Bot = await StartBotAsync(OpenId, Connector, () => Interlocked.Increment(ref turns));
    }

    public static Task<LocalHttpServer> StartBotAsync(LocalOpenIdProvider openId, FakeConnector connector, Action onTurn, string unknownKeyCooldown = "00:01:00") =>
        BotTestHost.StartAsync(
            new DelegateBot(async (turn, ct) =>
            {
                onTurn();
                await turn.SendActivityAsync("authenticated: " + turn.Activity.CallerId, cancellationToken: ct);
            }),
            new Dictionary<string, string?>
            {
                ["MicrosoftAppType"] = "MultiTenant",
                ["MicrosoftAppId"] = AppId,
                ["MicrosoftAppPassword"] = "not-a-real-secret",
                ["BotRuntime:ChannelOpenIdMetadataUrl"] = openId.MetadataUrl,
                ["BotRuntime:EmulatorOpenIdMetadataUrl"] = openId.MetadataUrl,
                ["BotRuntime:TokenEndpoint"] = connector.TokenEndpoint,
                ["BotRuntime:UnknownKeyRefreshCooldown"] = unknownKeyCooldown,
            });

    public async Task DisposeAsync()
    {
        await Bot.DisposeAsync();
        await Connector.DisposeAsync();
        await OpenId.DisposeAsync();
    }
}
