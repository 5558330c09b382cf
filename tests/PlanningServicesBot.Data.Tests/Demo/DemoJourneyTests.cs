using NodaTime;
using PlanningServicesBot.Data.Demo;
using PlanningServicesBot.Data.Sqlite;
using PlanningServicesBot.Domain.Actors;
using PlanningServicesBot.Domain.Operations;
using PlanningServicesBot.Domain.Partners;
using PlanningServicesBot.Domain.Refusals;
using PlanningServicesBot.Domain.Vouchers;

namespace PlanningServicesBot.Data.Tests.Demo;

/// <summary>The well-known demo vouchers let each partner journey be tried on the demo date, through the real operations.</summary>
public sealed class DemoJourneyTests : IAsyncLifetime
{
    private readonly TestDatabase database = TestDatabase.Create();
    private readonly LocalDate today = DemoData.DefaultDate;
    private VoucherOperations operations = null!;
    private PartnerOperations partnerOperations = null!;

    public async Task InitializeAsync()
    {
        await new DemoData(database.Connections, SeededDemo.Calendar, SeededDemo.Catalogue).SeedAsync(today);
        var clock = new FixedClock(SeededDemo.Calendar.StartOf(today) + Duration.FromHours(10));
        var vouchers = new SqliteVoucherRepository(database.Connections);
        var partners = new SqlitePartnerRepository(database.Connections);
        operations = new VoucherOperations(vouchers, partners, new SqliteCustomerRepository(database.Connections), SeededDemo.Calendar, SeededDemo.Catalogue, clock);
        partnerOperations = new PartnerOperations(partners, vouchers, SeededDemo.Calendar, SeededDemo.Catalogue, clock);
    }

    public Task DisposeAsync()
    {
        database.Dispose();
        return Task.CompletedTask;
    }

    [Fact]
    public async Task FabrikamsPartnerAdminCanReserveTheVoucherReadyToReserve()
    {
        var voucher = DemoVouchers.ReadyToReserve;
        var outcome = await operations.ReserveAsync(Key(), Fabrikam(PartnerRole.MpnPartnerAdmin), new ReserveVoucher(
            Number(voucher), voucher.AdminEmail, "windows-office-deployment", "4711001-DE", "FAB-C1", "DE", today.PlusDays(7), today.PlusDays(11), false));

        Assert.Equal(VoucherState.Reserved, Assert.IsType<Succeeded>(outcome).Voucher.State);
    }

    [Fact]
    public async Task FabrikamsConsultantCanReportTheReservedEngagementDelivered()
    {
        var outcome = await operations.SubmitCompletionReportAsync(Key(), Fabrikam(PartnerRole.Consultant), new SubmitCompletionReport(
            Number(DemoVouchers.ReadyForCompletionReport), today.PlusDays(-10), today.PlusDays(-6), "FAB-C1", 1, true, true, "Data estate plan"));

        Assert.Equal(VoucherState.Delivered, Assert.IsType<Succeeded>(outcome).Voucher.State);
    }

    [Fact]
    public async Task FabrikamsGlobalAdminCanRedeemTheDeliveredVoucher()
    {
        var outcome = await operations.RedeemAsync(Key(), Fabrikam(PartnerRole.GlobalAdmin), new RedeemVoucher(Number(DemoVouchers.ReadyToRedeem)));

        Assert.Equal(today, Assert.IsType<Succeeded>(outcome).Voucher.RedeemedOn);
    }

    [Fact]
    public async Task FabrikamCanStillRequestPaymentWhileTheWindowClosesThisWeek()
    {
        var outcome = await operations.RequestPaymentAsync(Key(), Fabrikam(PartnerRole.MpnPartnerAdmin),
            new RequestPayment(Number(DemoVouchers.PaymentWindowClosingThisWeek), "SAVB-TEST-1"));

        Assert.Equal(VoucherState.PaymentRequested, Assert.IsType<Succeeded>(outcome).Voucher.State);
    }

    [Fact]
    public async Task ProsewareMustRegisterInSavbBeforeRequestingPaymentAndItsGlobalAdminCan()
    {
        var admin = DemoIdentities.For(DemoIdentities.ProsewareMpnId, PartnerRole.GlobalAdmin).ToActor();
        var request = new RequestPayment(Number(DemoVouchers.SavbRegistrationPending), "SAVB-TEST-2");

        var refused = Assert.IsType<Refused>(await operations.RequestPaymentAsync(Key(), admin, request));
        var registration = await partnerOperations.RegisterForSavbAsync(admin, "SSDPS");
        var requested = await operations.RequestPaymentAsync(Key(), admin, request);

        Assert.Contains(refused.Reasons, r => r is SavbRegistrationMissing);
        Assert.True(registration.IsAccepted);
        Assert.IsType<Succeeded>(requested);
    }

    [Fact]
    public async Task TheExpiredVoucherCannotBeReserved()
    {
        var voucher = DemoVouchers.Expired;
        var outcome = await operations.ReserveAsync(Key(), DemoIdentities.For(DemoIdentities.NorthwindMpnId, PartnerRole.GlobalAdmin).ToActor(),
            new ReserveVoucher(Number(voucher), voucher.AdminEmail, "windows-office-deployment", "4711002-NL", "NWA-C1", "NL", today.PlusDays(3), today.PlusDays(5), false));

        Assert.Contains(Assert.IsType<Refused>(outcome).Reasons, r => r is VoucherExpired);
    }

    [Fact]
    public async Task NorthwindCannotReserveAnExchangeEngagementOnceItsMessagingCompetencyLapsed()
    {
        var voucher = DemoVouchers.ReservationCancelled;
        var outcome = await operations.ReserveAsync(Key(), DemoIdentities.For(DemoIdentities.NorthwindMpnId, PartnerRole.MpnPartnerAdmin).ToActor(),
            new ReserveVoucher(Number(voucher), voucher.AdminEmail, "exchange-deployment", "4711002-IE", "NWA-C1", "IE", today.PlusDays(3), today.PlusDays(7), false));

        Assert.Contains(Assert.IsType<Refused>(outcome).Reasons, r => r is CompetencyLapsed { Name: "Messaging" });
    }

    [Fact]
    public async Task TheCustomerSeesItsVoucherOnlyWithItsAdminEmail()
    {
        var voucher = DemoVouchers.StatusCheck;

        Assert.NotNull(await operations.FindByNumberAndAdminEmailAsync(Number(voucher), voucher.AdminEmail));
        Assert.Null(await operations.FindByNumberAndAdminEmailAsync(Number(voucher), DemoVouchers.Paid.AdminEmail));
    }

    private static PartnerUserActor Fabrikam(PartnerRole role) => DemoIdentities.For(DemoIdentities.FabrikamMpnId, role).ToActor();

    private static VoucherNumber Number(DemoVoucher voucher) => new(voucher.Number);

    private static OperationKey Key() => OperationKey.NewRandom();
}
