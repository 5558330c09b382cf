using NodaTime;
using PlanningServicesBot.Domain.Actors;
using PlanningServicesBot.Domain.Partners;
using PlanningServicesBot.Domain.Refusals;
using PlanningServicesBot.Domain.Tests.Support;
using PlanningServicesBot.Domain.Vouchers;

namespace PlanningServicesBot.Domain.Tests.Vouchers;

public class RequestPaymentTests
{
    private static readonly LocalDate RedeemedOn = new(2021, 11, 2);

    public static TheoryData<string, Func<Scenario, Scenario>, Refusal[]> Refused => new()
    {
        { "not registered in SAVB", s => s with { Partner = s.Partner! with { SavbRegistrations = [] } }, [new SavbRegistrationMissing("SSDPS")] },
        { "no SAVB reference", s => s with { Command = s.Command with { Reference = "  " } }, [new PaymentReferenceMissing()] },
        { "not redeemed", s => s with { Voucher = Sample.Delivered(new LocalDate(2021, 9, 1)) }, [new WrongState(VoucherState.Delivered, VoucherState.Redeemed)] },
        { "requested twice", s => s with { Voucher = Sample.PaymentRequested(RedeemedOn) }, [new WrongState(VoucherState.PaymentRequested, VoucherState.Redeemed)] },
        { "a consultant requesting", s => s with { Actor = Sample.ConsultantUser() }, [new RoleNotAllowed(ActorRole.Consultant, [ActorRole.GlobalAdmin, ActorRole.MpnPartnerAdmin])] },
        { "another partner's voucher", s => s with { Voucher = Sample.Redeemed(RedeemedOn, mpnId: "2000002") }, [new NotYourVoucher()] },
    };

    [Theory]
    [InlineData(60, true)]
    [InlineData(61, false)]
    public void PaymentCanBeRequestedThroughSixtyDaysAfterRedemption(int daysAfterRedemption, bool allowed)
    {
        var decision = Decide(Scenario.Valid() with { Today = RedeemedOn.PlusDays(daysAfterRedemption) });

        if (allowed)
        {
            var voucher = Expect.Accepted(decision);
            Assert.Equal(VoucherState.PaymentRequested, voucher.State);
            Assert.Equal(new PaymentRequest("SAVB-2021-0042", new LocalDate(2022, 1, 1)), voucher.PaymentRequest);
        }
        else
        {
            Expect.Refused(decision, new PaymentWindowClosed(new LocalDate(2022, 1, 1)));
        }
    }

    [Theory]
    [MemberData(nameof(Refused))]
    public void RequestingPaymentIsRefused(string because, Func<Scenario, Scenario> change, Refusal[] expected)
    {
        Assert.NotEmpty(because);
        Expect.Refused(Decide(change(Scenario.Valid())), expected);
    }

    [Fact]
    public void EveryReasonToRefuseIsListedAtOnce()
    {
        var scenario = Scenario.Valid() with
        {
            Partner = Sample.Contoso() with { SavbRegistrations = [] },
            Command = Scenario.Valid().Command with { Reference = "" },
            Today = RedeemedOn.PlusDays(90),
        };

        Expect.Refused(Decide(scenario), new PaymentWindowClosed(new LocalDate(2022, 1, 1)), new SavbRegistrationMissing("SSDPS"), new PaymentReferenceMissing());
    }

    private static Decision<Voucher> Decide(Scenario s) => Sample.Lifecycle.RequestPayment(s.Voucher, s.Partner, s.Actor, s.Command, s.Today);

    public sealed record Scenario(Voucher? Voucher, Partner? Partner, Actor Actor, RequestPayment Command, LocalDate Today)
    {
        public static Scenario Valid() => new(
            Sample.Redeemed(RedeemedOn), Sample.Contoso(), Sample.MpnAdmin(), new RequestPayment(Sample.Number(), " SAVB-2021-0042 "), RedeemedOn.PlusDays(10));
    }
}
