using BotRuntime.Hosting;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace BotRuntime.Tests.Hosting;

public class BotRuntimeOptionsTests
{
    [Fact]
    public void TheFourMicrosoftKeysAreReadFromTheConfigurationRootAndTheRestFromTheBotRuntimeSection()
    {
        var services = Build(new()
        {
            ["MicrosoftAppType"] = "SingleTenant",
            ["MicrosoftAppId"] = "app",
            ["MicrosoftAppPassword"] = "secret",
            ["MicrosoftAppTenantId"] = "tenant",
            ["BotRuntime:MaxRequestBodyBytes"] = "65536",
            ["BotRuntime:ConnectorRetry:MaxAttempts"] = "2",
        });

        var credentials = services.GetRequiredService<IOptions<BotCredentialsOptions>>().Value;
        var options = services.GetRequiredService<IOptions<BotRuntimeOptions>>().Value;
        Assert.Equal(("SingleTenant", "app", "secret", "tenant"), (credentials.MicrosoftAppType, credentials.MicrosoftAppId, credentials.MicrosoftAppPassword, credentials.MicrosoftAppTenantId));
        Assert.Equal(65536, options.MaxRequestBodyBytes);
        Assert.Equal(2, options.ConnectorRetry.MaxAttempts);
        Assert.Equal(256 * 1024, new BotRuntimeOptions().MaxRequestBodyBytes);
    }

    [Fact]
    public void WithoutAnAppIdAuthenticationIsDisabledAndNothingElseIsRequired()
    {
        var credentials = Build(new()).GetRequiredService<IOptions<BotCredentialsOptions>>().Value;

        Assert.True(credentials.IsAuthenticationDisabled);
    }

    public static TheoryData<string, Dictionary<string, string?>> InvalidConfigurations() => new()
    {
        { "MicrosoftAppPassword", new() { ["MicrosoftAppId"] = "app" } },
        { "MicrosoftAppTenantId", new() { ["MicrosoftAppId"] = "app", ["MicrosoftAppPassword"] = "s", ["MicrosoftAppType"] = "SingleTenant" } },
        { "UserAssignedMSI", new() { ["MicrosoftAppId"] = "app", ["MicrosoftAppPassword"] = "s", ["MicrosoftAppType"] = "UserAssignedMSI" } },
        { "MicrosoftAppType 'Other'", new() { ["MicrosoftAppId"] = "app", ["MicrosoftAppPassword"] = "s", ["MicrosoftAppType"] = "Other" } },
        { "ChannelOpenIdMetadataUrl", new() { ["BotRuntime:ChannelOpenIdMetadataUrl"] = "not a url" } },
        { "TokenEndpoint", new() { ["BotRuntime:TokenEndpoint"] = "ftp://example.com/token" } },
        { "MaxRequestBodyBytes", new() { ["BotRuntime:MaxRequestBodyBytes"] = "0" } },
        { "MaxTurnAttempts", new() { ["BotRuntime:MaxTurnAttempts"] = "0" } },
        { "LiveStateDocuments", new() { ["BotRuntime:LiveStateDocuments"] = "-1" } },
        { "ConnectorRetry", new() { ["BotRuntime:ConnectorRetry:MaxAttempts"] = "50" } },
    };

    [Theory]
    [MemberData(nameof(InvalidConfigurations))]
    public async Task AnInvalidConfigurationStopsTheHostAtStart(string named, Dictionary<string, string?> configuration)
    {
        var failure = await Assert.ThrowsAsync<OptionsValidationException>(() =>
            Http.BotTestHost.StartAsync(new DelegateBot((_, _) => Task.CompletedTask), configuration));

        Assert.Contains(named, failure.Message);
    }

    [Fact]
    public void TheLiveStateDocumentsSettingReachesBothStateScopes()
    {
        var services = Build(new() { ["BotRuntime:LiveStateDocuments"] = "7" });

        Assert.Equal(7, services.GetRequiredService<BotRuntime.State.ConversationState>().LiveDocuments);
        Assert.Equal(7, services.GetRequiredService<BotRuntime.State.UserState>().LiveDocuments);
        Assert.Equal(BotRuntime.State.BotState.DefaultLiveDocuments, Build(new()).GetRequiredService<BotRuntime.State.UserState>().LiveDocuments);
    }

    private static ServiceProvider Build(Dictionary<string, string?> values)
    {
        var configuration = new ConfigurationBuilder().AddInMemoryCollection(values).Build();
        return new ServiceCollection().AddLogging().AddBotRuntime(configuration).BuildServiceProvider();
    }
}
