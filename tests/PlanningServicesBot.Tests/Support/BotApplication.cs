using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;

namespace PlanningServicesBot.Tests.Support;

/// <summary>The real bot host on its own SQLite file, in demo mode on the demo date, as a newcomer would run it.</summary>
public sealed class BotApplication : WebApplicationFactory<Program>
{
    private readonly string _folder = Path.Combine(Path.GetTempPath(), "psbot-tests", Guid.NewGuid().ToString("N"));

    /// <summary>The folder of the app's database files.</summary>
    public string Folder => _folder;

    public BotApplication(IDictionary<string, string?>? settings = null)
    {
        Directory.CreateDirectory(_folder);
        Settings = new Dictionary<string, string?>
        {
            ["ConnectionStrings:PlanningServices"] = $"Data Source={Path.Combine(_folder, "bot.db")}",
            ["Demo:Enabled"] = "true",
            ["Demo:Date"] = "2021-05-03",
            ["MicrosoftAppId"] = string.Empty,
        };
        foreach (var (key, value) in settings ?? new Dictionary<string, string?>())
        {
            Settings[key] = value;
        }
    }

    public Dictionary<string, string?> Settings { get; }

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
        try
        {
            Directory.Delete(_folder, recursive: true);
        }
        catch (IOException)
        {
            // SQLite may still hold the file for a moment; the temp folder is cleaned by the OS.
        }
    }
}
