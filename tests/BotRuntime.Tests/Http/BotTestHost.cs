using BotRuntime.Hosting;
using Microsoft.AspNetCore.Builder;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace BotRuntime.Tests.Http;

/// <summary>The runtime as an app uses it — AddBotRuntime + MapBotMessages — served by Kestrel on 127.0.0.1.</summary>
public static class BotTestHost
{
    public static Task<LocalHttpServer> StartAsync(
        IBot bot,
        IDictionary<string, string?>? configuration = null,
        Action<IServiceCollection>? configureServices = null) =>
        LocalHttpServer.StartAsync(
            app => app.MapBotMessages(),
            configuration,
            (services, config) =>
            {
                services.AddBotRuntime(config);
                services.AddSingleton(bot);
                configureServices?.Invoke(services);
            });

    public static Task<LocalHttpServer> StartAsync<TBot>(
        IDictionary<string, string?>? configuration = null,
        Action<IServiceCollection>? configureServices = null)
        where TBot : class, IBot =>
        LocalHttpServer.StartAsync(
            app => app.MapBotMessages(),
            configuration,
            (services, config) =>
            {
                services.AddBotRuntime<TBot>(config);
                configureServices?.Invoke(services);
            });
}
