using Microsoft.Extensions.DependencyInjection;
using NodaTime;
using PlanningServicesBot.Data.Demo;
using PlanningServicesBot.Data.Sqlite;
using PlanningServicesBot.Domain.Abstractions;
using PlanningServicesBot.Domain.Actors;
using PlanningServicesBot.Domain.Customers;
using PlanningServicesBot.Domain.Operations;
using PlanningServicesBot.Domain.Partners;
using PlanningServicesBot.Domain.Vouchers;
using PlanningServicesBot.Tests.Support;

namespace PlanningServicesBot.Tests.Journeys;

/// <summary>
/// The bot host shared by one class of reservation tests, with a German customer of the tests' own holding Assigned
/// DDPS vouchers of 5 days (assigned 2021-04-01, so usable through 2021-09-28), one per test that changes a voucher,
/// and a 1-day SSDPS voucher, a length no SQL Server engagement runs for.
/// </summary>
public sealed class ReservationApp : IAsyncLifetime
{
    public const string Agreement = "T-RSV-0001";
    public const string AdminEmail = "admin@reservations.example";
    public const int VoucherCount = 12;
    public const string OneDaySqlVoucher = "RSVT-SQL1-0001";

    public static readonly DemoUser GlobalAdmin = DemoIdentities.For(DemoIdentities.FabrikamMpnId, PartnerRole.GlobalAdmin);
    public static readonly DemoUser MpnAdmin = DemoIdentities.For(DemoIdentities.FabrikamMpnId, PartnerRole.MpnPartnerAdmin);
    public static readonly DemoUser Consultant = DemoIdentities.For(DemoIdentities.FabrikamMpnId, PartnerRole.Consultant);

    public BotApplication App { get; } = new();

    /// <summary>The number of the tests' own voucher <paramref name="index"/> (1 to <see cref="VoucherCount"/>).</summary>
    public static string Voucher(int index) => $"RSVT-{index:D4}-DDPS";

    public async Task InitializeAsync()
    {
        _ = App.Server;
        await new SqliteCustomerRepository(App.Services.GetRequiredService<SqliteConnectionFactory>())
            .AddAsync(new Customer(Agreement, "Contoso Reisen GmbH", "DE", BenefitActivated: true, AdminEmail, DaysBalance: (5 * VoucherCount) + 1), CancellationToken.None);
        for (var index = 1; index <= VoucherCount; index++)
        {
            var outcome = await Operations.IssueAsync(
                new OperationKey("test-issue-" + Voucher(index)),
                new SystemActor("tests"),
                new IssueVoucher(new VoucherNumber(Voucher(index)), Agreement, "DDPS", 5, new LocalDate(2021, 4, 1), new LocalDate(2021, 4, 1), "Eva Projekt"));
            Assert.IsType<Succeeded>(outcome);
        }

        Assert.IsType<Succeeded>(await Operations.IssueAsync(
            new OperationKey("test-issue-" + OneDaySqlVoucher),
            new SystemActor("tests"),
            new IssueVoucher(new VoucherNumber(OneDaySqlVoucher), Agreement, "SSDPS", 1, new LocalDate(2021, 4, 1), new LocalDate(2021, 4, 1), "Eva Projekt")));
    }

    public Task DisposeAsync()
    {
        App.Dispose();
        return Task.CompletedTask;
    }

    public BotConversation Chat(DemoUser user, string? timeZone = null) =>
        BotConversation.As(App.CreateClient(), DemoIdentities.TenantId, user.AadObjectId, timeZone: timeZone);

    public VoucherOperations Operations => App.Services.GetRequiredService<VoucherOperations>();

    public async Task<Voucher> VoucherAsync(string number) =>
        await App.Services.GetRequiredService<IVoucherRepository>().FindAsync(new VoucherNumber(number), CancellationToken.None)
        ?? throw new InvalidOperationException($"No voucher {number}.");

    /// <summary>Reserves a voucher behind the bot's back, as another admin of Fabrikam would.</summary>
    public async Task ReserveAsync(string number, string customerAdminEmail = AdminEmail)
    {
        var outcome = await Operations.ReserveAsync(
            OperationKey.NewRandom(),
            MpnAdmin.ToActor(),
            new ReserveVoucher(new VoucherNumber(number), customerAdminEmail, "windows-office-deployment", "4711001-DE", "FAB-C2", "DE",
                new LocalDate(2021, 5, 10), new LocalDate(2021, 5, 14), RemoteDelivery: false));
        Assert.IsType<Succeeded>(outcome);
    }

    /// <summary>Cancels a reservation behind the bot's back, as another admin of Fabrikam would.</summary>
    public async Task CancelReservationAsync(string number) =>
        Assert.IsType<Succeeded>(await Operations.CancelReservationAsync(OperationKey.NewRandom(), MpnAdmin.ToActor(), new CancelReservation(new VoucherNumber(number))));
}
