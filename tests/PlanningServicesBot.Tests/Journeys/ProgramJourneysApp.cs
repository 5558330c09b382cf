using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.DependencyInjection;
using NodaTime;
using PlanningServicesBot.Data.Demo;
using PlanningServicesBot.Data.Support;
using PlanningServicesBot.Domain.Partners;
using PlanningServicesBot.Tests.Support;

namespace PlanningServicesBot.Tests.Journeys;

/// <summary>The bot host on the demo date shared by a class of eligibility, timeline or support tests, with one support-staff identity.</summary>
public sealed class ProgramJourneysApp : IDisposable
{
    public const string StaffObjectId = "44656d6f-0099-4000-8000-0000000000aa";

    private readonly BotApplication _app;
    private readonly WebApplicationFactory<Program> _host;

    public ProgramJourneysApp()
        : this(new Dictionary<string, string?>(), null)
    {
    }

    private ProgramJourneysApp(IDictionary<string, string?> settings, Instant? now)
    {
        settings["SupportStaff:TenantId"] = DemoIdentities.TenantId;
        settings["SupportStaff:AadObjectIds:0"] = StaffObjectId;
        _app = new BotApplication(settings);
        _host = now is { } instant
            ? _app.WithWebHostBuilder(builder => builder.ConfigureTestServices(services => services.AddSingleton<IClock>(new StoppedClock(instant))))
            : _app;
        try
        {
            _ = _host.Server;
        }
        catch
        {
            Dispose();
            throw;
        }
    }

    public IServiceProvider Services => _host.Services;

    public ISupportRequestRepository SupportRequests => Services.GetRequiredService<ISupportRequestRepository>();

    /// <summary>A host of its own with these settings on top of the test defaults.</summary>
    public static ProgramJourneysApp With(IDictionary<string, string?> settings) => new(new Dictionary<string, string?>(settings), null);

    /// <summary>A host of its own whose clock stands at <paramref name="now"/> (demo data still seeded for the demo date).</summary>
    public static ProgramJourneysApp At(Instant now) => new(new Dictionary<string, string?>(), now);

    public static DemoUser User(string mpnId, PartnerRole role = PartnerRole.GlobalAdmin) => DemoIdentities.For(mpnId, role);

    public BotConversation Chat(DemoUser user, string? locale = "en-GB") =>
        BotConversation.As(_host.CreateClient(), DemoIdentities.TenantId, user.AadObjectId, locale);

    /// <summary>An anonymous web chat visitor, whom the bot treats as a customer.</summary>
    public BotConversation CustomerChat(string? locale = "en-GB") =>
        new(_host.CreateClient(), "visitor-" + Guid.NewGuid().ToString("N"), locale);

    public BotConversation StaffChat() => BotConversation.As(_host.CreateClient(), DemoIdentities.TenantId, StaffObjectId);

    public void Dispose()
    {
        if (_host != _app)
        {
            _host.Dispose();
        }

        _app.Dispose();
    }

    private sealed class StoppedClock(Instant now) : IClock
    {
        public Instant GetCurrentInstant() => now;
    }
}
