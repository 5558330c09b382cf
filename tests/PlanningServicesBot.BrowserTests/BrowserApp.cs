using System.Net;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http.Features;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.DependencyInjection;

namespace PlanningServicesBot.BrowserTests;

/// <summary>
/// The real bot host on Kestrel at 127.0.0.1, in demo mode on its own SQLite file, with the test-only
/// <see cref="SlowTurnMiddleware"/> added to the bot's pipeline.
/// </summary>
public sealed class BrowserApp : WebApplicationFactory<Program>
{
    public static readonly TimeSpan SlowTurn = TimeSpan.FromSeconds(5);

    private readonly string folder = Path.Combine(Path.GetTempPath(), "psbot-browser-tests", Guid.NewGuid().ToString("N"));

    public BrowserApp()
    {
        Directory.CreateDirectory(folder);
        UseKestrel(options => options.Listen(IPAddress.Loopback, 0));
        StartServer();
        BaseAddress = new Uri(Services.GetRequiredService<IServer>().Features.GetRequiredFeature<IServerAddressesFeature>().Addresses.Single());
    }

    /// <summary>e.g. http://127.0.0.1:41234/</summary>
    public Uri BaseAddress { get; }

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        builder.UseSetting("ConnectionStrings:PlanningServices", $"Data Source={Path.Combine(folder, "bot.db")}");
        builder.UseSetting("Demo:Enabled", "true");
        builder.UseSetting("MicrosoftAppId", string.Empty);
        builder.ConfigureTestServices(services => services.AddSingleton<BotRuntime.IMiddleware>(new SlowTurnMiddleware(SlowTurn)));
    }

    protected override void Dispose(bool disposing)
    {
        base.Dispose(disposing);
        try
        {
            Directory.Delete(folder, recursive: true);
        }
        catch (IOException)
        {
            // SQLite may still hold the file for a moment; the temp folder is cleaned by the OS.
        }
    }
}
