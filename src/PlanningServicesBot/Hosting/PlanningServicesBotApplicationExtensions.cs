using BotRuntime.Hosting;

namespace PlanningServicesBot.Hosting;

public static class PlanningServicesBotApplicationExtensions
{
    /// <summary>Prepares the database, then maps the bot's endpoints: /api/messages and /healthz.</summary>
    public static async Task<WebApplication> UsePlanningServicesBotAsync(this WebApplication app)
    {
        await app.Services.GetRequiredService<DatabaseSetup>().RunAsync(app.Lifetime.ApplicationStopping);
        app.MapBotMessages("/api/messages");
        app.MapHealthChecks("/healthz");
        app.UseWebChat();
        return app;
    }
}
