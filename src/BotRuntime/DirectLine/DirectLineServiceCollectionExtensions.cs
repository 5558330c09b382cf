using BotRuntime.Adapters;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace BotRuntime.DirectLine;

public static class DirectLineServiceCollectionExtensions
{
    /// <summary>
    /// Registers the embedded Direct Line channel: options from the <c>DirectLine</c> section (validated at start), the
    /// token authority, the channel and its reply delivery, and an in-memory store unless the app registers its own
    /// <see cref="IDirectLineStore"/>. Needs <c>AddBotRuntime</c> (the adapter and the bot).
    /// </summary>
    public static IServiceCollection AddDirectLine(this IServiceCollection services, IConfiguration configuration)
    {
        ArgumentNullException.ThrowIfNull(services);
        ArgumentNullException.ThrowIfNull(configuration);

        services.AddOptions<DirectLineOptions>().Bind(configuration.GetSection(DirectLineOptions.SectionName)).ValidateOnStart();
        services.TryAddEnumerable(ServiceDescriptor.Singleton<IValidateOptions<DirectLineOptions>, DirectLineOptionsValidator>());
        services.TryAddSingleton(TimeProvider.System);
        services.TryAddSingleton<IDirectLineStore, InMemoryDirectLineStore>();

        services.TryAddSingleton<DirectLineStreamHub>();
        services.TryAddSingleton(sp => new DirectLineConversationLog(sp.GetRequiredService<IDirectLineStore>(), sp.GetRequiredService<DirectLineStreamHub>()));
        services.TryAddSingleton<DirectLineTokenAuthority>();
        services.TryAddSingleton(sp => new DirectLineReplyDelivery(
            sp.GetRequiredService<DirectLineConversationLog>(),
            sp.GetRequiredService<TimeProvider>(),
            sp.GetRequiredService<IOptions<DirectLineOptions>>(),
            sp.GetRequiredService<ILogger<DirectLineReplyDelivery>>()));
        services.TryAddSingleton(sp => new DirectLineChannel(
            sp.GetRequiredService<DirectLineConversationLog>(),
            sp.GetRequiredService<DirectLineTokenAuthority>(),
            sp.GetRequiredService<CloudAdapter>(),
            sp.GetRequiredService<DirectLineReplyDelivery>(),
            sp.GetRequiredService<IOptions<DirectLineOptions>>(),
            sp.GetRequiredService<TimeProvider>(),
            sp.GetRequiredService<IHostApplicationLifetime>(),
            sp.GetRequiredService<ILogger<DirectLineChannel>>()));
        services.TryAddSingleton<DirectLineStream>();
        return services;
    }
}
