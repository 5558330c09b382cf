using NodaTime;
using PlanningServicesBot.Domain.Actors;
using PlanningServicesBot.Domain.Partners;
using PlanningServicesBot.Domain.Refusals;
using PlanningServicesBot.Domain.Tests.Support;
using PlanningServicesBot.Domain.Vouchers;

namespace PlanningServicesBot.Domain.Tests.Partners;

public class SavbRegistrationRuleTests
{
    private static readonly LocalDate Today = new(2021, 10, 1);
    private static readonly Voucher RedeemedDdps = Sample.Redeemed(new LocalDate(2021, 9, 20)) with { Offering = "DDPS" };

    [Fact]
    public void TheGlobalAdminRegistersAnOfferingOnceAVoucherOfItWasRedeemed()
    {
        var registration = Expect.Accepted(Register(Sample.GlobalAdmin(), "ddps", [RedeemedDdps]));

        Assert.Equal(new SavbRegistration("DDPS", Today), registration);
    }

    [Fact]
    public void AnMpnPartnerAdminMayNotRegister()
    {
        Expect.Refused(Register(Sample.MpnAdmin(), "DDPS", [RedeemedDdps]), new RoleNotAllowed(ActorRole.MpnPartnerAdmin, [ActorRole.GlobalAdmin]));
    }

    [Fact]
    public void RegistrationNeedsARedeemedVoucherOfThatOffering()
    {
        var onlyDelivered = Sample.Delivered(new LocalDate(2021, 6, 1)) with { Offering = "DDPS" };

        Expect.Refused(Register(Sample.GlobalAdmin(), "DDPS", [onlyDelivered, Sample.Redeemed(Today)]), new NoRedeemedVoucher("DDPS"));
    }

    [Fact]
    public void AnOfferingIsRegisteredOnlyOnce()
    {
        Expect.Refused(Register(Sample.GlobalAdmin(), "SSDPS", [Sample.Redeemed(Today)]), new SavbAlreadyRegistered("SSDPS", new LocalDate(2020, 6, 1)));
    }

    [Fact]
    public void AnUnknownOfferingCannotBeRegistered()
    {
        Expect.Refused(Register(Sample.GlobalAdmin(), "XYZ", []), new OfferingUnknown("XYZ"));
    }

    private static Decision<SavbRegistration> Register(Actor actor, string offering, IReadOnlyList<Voucher> vouchers) =>
        SavbRegistrationRule.Register(Sample.Contoso(), actor, offering, vouchers, Sample.Catalogue, Today);
}
