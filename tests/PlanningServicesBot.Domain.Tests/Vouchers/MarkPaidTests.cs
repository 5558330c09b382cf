using NodaTime;
using PlanningServicesBot.Domain.Actors;
using PlanningServicesBot.Domain.Refusals;
using PlanningServicesBot.Domain.Tests.Support;
using PlanningServicesBot.Domain.Vouchers;

namespace PlanningServicesBot.Domain.Tests.Vouchers;

public class MarkPaidTests
{
    private static readonly LocalDate RedeemedOn = new(2021, 11, 2);

    [Theory]
    [InlineData("support")]
    [InlineData("system")]
    public void SupportStaffOrTheSystemRecordThePayment(string who)
    {
        Actor actor = who == "support" ? new SupportStaffActor("t-ms", "aad-sam") : new SystemActor("savb-feed");

        var voucher = Expect.Accepted(Sample.Lifecycle.MarkPaid(Sample.PaymentRequested(RedeemedOn), actor, new LocalDate(2021, 12, 1)));

        Assert.Equal((VoucherState.Paid, (LocalDate?)new LocalDate(2021, 12, 1)), (voucher.State, voucher.PaidOn));
    }

    [Fact]
    public void APartnerCannotMarkItsOwnVoucherPaid()
    {
        Expect.Refused(
            Sample.Lifecycle.MarkPaid(Sample.PaymentRequested(RedeemedOn), Sample.GlobalAdmin(), RedeemedOn.PlusDays(20)),
            new RoleNotAllowed(ActorRole.GlobalAdmin, [ActorRole.SupportStaff, ActorRole.System]));
    }

    [Fact]
    public void OnlyARequestedPaymentCanBePaid()
    {
        Expect.Refused(
            Sample.Lifecycle.MarkPaid(Sample.Redeemed(RedeemedOn), new SystemActor("savb-feed"), RedeemedOn.PlusDays(20)),
            new WrongState(VoucherState.Redeemed, VoucherState.PaymentRequested));
    }
}
