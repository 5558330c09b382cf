using BotRuntime.DirectLine;
using PlanningServicesBot.Data.DirectLine;
using PlanningServicesBot.WebChat;

namespace PlanningServicesBot.Hosting;

public static class WebChatHostingExtensions
{
    /// <summary>The embedded Direct Line channel with its log in SQLite, and the web chat page's options, identities and tokens.</summary>
    public static WebApplicationBuilder AddWebChat(this WebApplicationBuilder builder)
    {
        var services = builder.Services;
        services.AddSingleton<SqliteDirectLineStore>();
        services.AddSingleton<IDirectLineStore>(sp => sp.GetRequiredService<SqliteDirectLineStore>());
        services.AddDirectLine(builder.Configuration);
        services.AddOptions<WebChatOptions>().Bind(builder.Configuration.GetSection(WebChatOptions.SectionName))
            .Validate(o => !o.Validate().Any(), "WebChat settings are invalid.").ValidateOnStart();
        services.AddHttpClient(WebChatTokenIssuer.HttpClientName, client => client.Timeout = TimeSpan.FromSeconds(10));
        services.AddSingleton<WebChatIdentities>();
        services.AddSingleton<WebChatTokenIssuer>();
        return builder;
    }

    /// <summary>Serves the page at / (wwwroot, with the Web Chat bundle the build installs in wwwroot/lib), its endpoints, and Direct Line 3.0 at /v3/directline.</summary>
    public static WebApplication UseWebChat(this WebApplication app)
    {
        app.UseWebSockets();
        app.UseDefaultFiles();
        app.UseStaticFiles();
        app.MapDirectLine(WebChatEndpointRouteBuilderExtensions.DirectLinePrefix);
        app.MapWebChat();
        return app;
    }
}
