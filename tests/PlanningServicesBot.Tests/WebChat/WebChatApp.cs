using System.Net;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http.Features;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Extensions.DependencyInjection;

namespace PlanningServicesBot.Tests.WebChat;

/// <summary>
/// The real bot host served by Kestrel on 127.0.0.1 (so WebSockets and node clients can reach it), in demo mode, on a
/// SQLite file in <see cref="Folder"/>; a second instance on the same folder is the same app after a restart.
/// </summary>
public sealed class WebChatApp : WebApplicationFactory<Program>
{
    public const string Secret = "web-chat-tests-secret-0123456789";

    private readonly bool ownsFolder;

    public WebChatApp(IDictionary<string, string?>? settings = null, string? folder = null)
    {
        ownsFolder = folder is null;
        Folder = folder ?? Path.Combine(Path.GetTempPath(), "psbot-webchat-tests", Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(Folder);
        Settings = new Dictionary<string, string?>
        {
            ["ConnectionStrings:PlanningServices"] = $"Data Source={Path.Combine(Folder, "bot.db")}",
            ["Demo:Enabled"] = "true",
            ["MicrosoftAppId"] = string.Empty,
            ["DirectLine:Secrets:0"] = Secret,
        };
        foreach (var (key, value) in settings ?? new Dictionary<string, string?>())
        {
            Settings[key] = value;
        }

        UseKestrel(options => options.Listen(IPAddress.Loopback, 0));
        StartServer();
        BaseAddress = new Uri(Services.GetRequiredService<IServer>().Features.GetRequiredFeature<IServerAddressesFeature>().Addresses.Single());
    }

    public string Folder { get; }

    public Dictionary<string, string?> Settings { get; }

    /// <summary>e.g. http://127.0.0.1:41234/</summary>
    public Uri BaseAddress { get; }

    public HttpClient CreateHttpClient() => new() { BaseAddress = BaseAddress, Timeout = TimeSpan.FromSeconds(30) };

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        foreach (var (key, value) in Settings)
        {
            builder.UseSetting(key, value);
        }
    }

    protected override void Dispose(bool disposing)
    {
        base.Dispose(disposing);
        if (!ownsFolder)
        {
            return;
        }

        try
        {
            Directory.Delete(Folder, recursive: true);
        }
        catch (IOException)
        {
            // SQLite may still hold the file for a moment; the temp folder is cleaned by the OS.
        }
    }
}
