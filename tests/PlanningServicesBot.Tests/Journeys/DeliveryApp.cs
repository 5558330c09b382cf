using Microsoft.Extensions.DependencyInjection;
using NodaTime;
using PlanningServicesBot.Data.Demo;
using PlanningServicesBot.Domain.Abstractions;
using PlanningServicesBot.Domain.Calendar;
using PlanningServicesBot.Domain.Partners;
using PlanningServicesBot.Domain.Vouchers;
using PlanningServicesBot.Tests.Support;

namespace PlanningServicesBot.Tests.Journeys;

/// <summary>
/// The bot host shared by one class of delivery journey tests (completion report, redeem, payment), on the demo data of
/// 2021-05-03. Tests that change a voucher each take their own, found by what the demo data held when seeded (so the
/// choice does not depend on which tests ran before) rather than by number.
/// </summary>
public sealed class DeliveryApp : IAsyncLifetime
{
    private readonly Dictionary<string, IReadOnlyList<Voucher>> _seeded = [];

    public static readonly LocalDate DemoDate = new(2021, 5, 3);

    private static readonly NodaTime.Text.LocalDatePattern LongDatePattern =
        NodaTime.Text.LocalDatePattern.Create("D", System.Globalization.CultureInfo.GetCultureInfo("en-GB"));

    public static readonly DemoUser FabrikamGlobalAdmin = DemoIdentities.For(DemoIdentities.FabrikamMpnId, PartnerRole.GlobalAdmin);
    public static readonly DemoUser FabrikamAdmin = DemoIdentities.For(DemoIdentities.FabrikamMpnId, PartnerRole.MpnPartnerAdmin);
    public static readonly DemoUser FabrikamConsultant = DemoIdentities.For(DemoIdentities.FabrikamMpnId, PartnerRole.Consultant);
    public static readonly DemoUser NorthwindGlobalAdmin = DemoIdentities.For(DemoIdentities.NorthwindMpnId, PartnerRole.GlobalAdmin);
    public static readonly DemoUser NorthwindAdmin = DemoIdentities.For(DemoIdentities.NorthwindMpnId, PartnerRole.MpnPartnerAdmin);
    public static readonly DemoUser ProsewareGlobalAdmin = DemoIdentities.For(DemoIdentities.ProsewareMpnId, PartnerRole.GlobalAdmin);
    public static readonly DemoUser ProsewareAdmin = DemoIdentities.For(DemoIdentities.ProsewareMpnId, PartnerRole.MpnPartnerAdmin);
    public static readonly DemoUser WoodgroveAdmin = DemoIdentities.For(DemoIdentities.WoodgroveMpnId, PartnerRole.MpnPartnerAdmin);

    public BotApplication App { get; } = new();

    public ProgramCalendar Calendar => App.Services.GetRequiredService<ProgramCalendar>();

    public BotConversation Chat(DemoUser user, string? timeZone = null) =>
        BotConversation.As(App.CreateClient(), DemoIdentities.TenantId, user.AadObjectId, timeZone: timeZone);

    public BotConversation Customer() => new(App.CreateClient(), userId: "customer-" + Guid.NewGuid().ToString("N"));

    public async Task<Voucher> VoucherAsync(string number) =>
        await App.Services.GetRequiredService<IVoucherRepository>().FindAsync(new VoucherNumber(number), CancellationToken.None)
        ?? throw new InvalidOperationException($"No voucher {number}.");

    /// <summary>The partner's vouchers as seeded that match <paramref name="wanted"/>, by number; at least <paramref name="atLeast"/> of them.</summary>
    public IReadOnlyList<Voucher> Seeded(string mpnId, Func<Voucher, bool> wanted, int atLeast = 1)
    {
        var found = _seeded[mpnId].Where(wanted).ToList();
        Assert.True(found.Count >= atLeast, $"The demo data holds {found.Count} such vouchers of partner {mpnId}; the test needs {atLeast}.");
        return found;
    }

    public async Task<Partner> PartnerAsync(string mpnId) =>
        await App.Services.GetRequiredService<IPartnerRepository>().FindAsync(mpnId, CancellationToken.None)
        ?? throw new InvalidOperationException($"No partner {mpnId}.");

    /// <summary>A day as the bot writes it to the tests' en-GB users, e.g. "Monday, 3 May 2021".</summary>
    public static string LongDate(LocalDate day) => LongDatePattern.Format(day);

    /// <summary>Whether the voucher can still be delivered and redeemed on the demo date.</summary>
    public bool IsAlive(Voucher voucher) => voucher.LastDay(Calendar).Date >= DemoDate;

    public async Task InitializeAsync()
    {
        _ = App.Server;
        var vouchers = App.Services.GetRequiredService<IVoucherRepository>();
        foreach (var mpnId in DemoIdentities.MpnIds)
        {
            _seeded[mpnId] = (await vouchers.ListByPartnerAsync(mpnId, CancellationToken.None))
                .OrderBy(v => v.Number.Value, StringComparer.Ordinal)
                .ToList();
        }
    }

    public Task DisposeAsync()
    {
        App.Dispose();
        return Task.CompletedTask;
    }
}
