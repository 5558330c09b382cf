using BotRuntime.Adapters;
using BotRuntime.Authentication;
using BotRuntime.Connector;
using BotRuntime.State;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Options;

namespace BotRuntime.Hosting;

public static class BotRuntimeServiceCollectionExtensions
{
    /// <summary>
    /// Registers the runtime: options (the four Microsoft* keys at the configuration root, the rest under
    /// <c>BotRuntime</c>, validated at start), channel authentication, the Connector client, the adapter, and
    /// in-memory storage with conversation and user state unless the app registers its own <see cref="IStorage"/>.
    /// Middleware registered as <see cref="IMiddleware"/> runs in registration order.
    /// </summary>
    public static IServiceCollection AddBotRuntime(this IServiceCollection services, IConfiguration configuration)
    {
        ArgumentNullException.ThrowIfNull(services);
        ArgumentNullException.ThrowIfNull(configuration);

        services.AddOptions<BotCredentialsOptions>().Bind(configuration).ValidateOnStart();
        services.AddOptions<BotRuntimeOptions>().Bind(configuration.GetSection(BotRuntimeOptions.SectionName)).ValidateOnStart();
        services.TryAddEnumerable(ServiceDescriptor.Singleton<IValidateOptions<BotCredentialsOptions>, BotCredentialsOptionsValidator>());
        services.TryAddEnumerable(ServiceDescriptor.Singleton<IValidateOptions<BotRuntimeOptions>, BotRuntimeOptionsValidator>());

        services.TryAddSingleton(TimeProvider.System);
        services.AddHttpClient(ChannelRequestAuthenticator.HttpClientName, client => client.Timeout = TimeSpan.FromSeconds(10));
        services.AddHttpClient(ClientCredentialsTokenProvider.HttpClientName, client => client.Timeout = TimeSpan.FromSeconds(10));
        // Every reply is a POST: the factory's per-request log lines (four at Information) would cost more than the POST
        // itself; ConnectorClient logs retries and failures.
        services.AddHttpClient(ConnectorClient.HttpClientName, client => client.Timeout = TimeSpan.FromSeconds(30)).RemoveAllLoggers();

        services.TryAddSingleton<ChannelRequestAuthenticator>();
        services.TryAddSingleton<IConnectorTokenProvider, ClientCredentialsTokenProvider>();
        services.TryAddSingleton<ConnectorClient>();
        services.TryAddSingleton<IReplyDelivery, ConnectorReplyDelivery>();

        services.TryAddSingleton<IStorage, MemoryStorage>();
        services.TryAddSingleton(sp => WithLiveDocuments(new ConversationState(sp.GetRequiredService<IStorage>()), sp));
        services.TryAddSingleton(sp => WithLiveDocuments(new UserState(sp.GetRequiredService<IStorage>()), sp));
        services.TryAddSingleton(sp => new BotStateSet(sp.GetRequiredService<ConversationState>(), sp.GetRequiredService<UserState>()));

        services.TryAddSingleton<ITurnErrorReply, NeutralTurnErrorReply>();
        services.TryAddSingleton<CloudAdapter>();
        services.TryAddSingleton<BotAdapter>(sp => sp.GetRequiredService<CloudAdapter>());
        return services;
    }

    private static T WithLiveDocuments<T>(T state, IServiceProvider services)
        where T : BotState
    {
        state.LiveDocuments = services.GetRequiredService<IOptions<BotRuntimeOptions>>().Value.LiveStateDocuments;
        return state;
    }

    /// <summary><see cref="AddBotRuntime(IServiceCollection, IConfiguration)"/> plus <typeparamref name="TBot"/> as the bot, one instance per turn.</summary>
    public static IServiceCollection AddBotRuntime<TBot>(this IServiceCollection services, IConfiguration configuration)
        where TBot : class, IBot
    {
        services.AddBotRuntime(configuration);
        services.TryAddTransient<IBot, TBot>();
        return services;
    }
}
