using NodaTime;
using NodaTime.Text;
using PlanningServicesBot.Domain.Actors;
using PlanningServicesBot.Domain.Calendar;
using PlanningServicesBot.Domain.Refusals;
using PlanningServicesBot.Domain.Tests.Support;
using PlanningServicesBot.Domain.Vouchers;

namespace PlanningServicesBot.Domain.Tests.Vouchers;

public class RedeemTests
{
    private static readonly LocalDate AssignedOn = new(2021, 3, 1);

    public static TheoryData<string, Voucher, Actor, Refusal[]> Refused => new()
    {
        { "report not submitted", Sample.Reserved(AssignedOn), Sample.MpnAdmin(), [new CompletionReportMissing()] },
        { "not even reserved", Sample.Assigned(AssignedOn), Sample.MpnAdmin(), [new WrongState(VoucherState.Assigned, VoucherState.Delivered)] },
        { "redeemed twice", Sample.Redeemed(Sample.Today), Sample.MpnAdmin(), [new WrongState(VoucherState.Redeemed, VoucherState.Delivered)] },
        { "a consultant redeeming", Sample.Delivered(AssignedOn), Sample.ConsultantUser(), [new RoleNotAllowed(ActorRole.Consultant, [ActorRole.GlobalAdmin, ActorRole.MpnPartnerAdmin])] },
        { "another partner's voucher", Sample.Delivered(AssignedOn, mpnId: "2000002"), Sample.GlobalAdmin(), [new NotYourVoucher()] },
    };

    [Fact]
    public void AnAdminRedeemsADeliveredVoucher()
    {
        var voucher = Expect.Accepted(Sample.Lifecycle.Redeem(Sample.Delivered(AssignedOn), Sample.GlobalAdmin(), Sample.Today));

        Assert.Equal((VoucherState.Redeemed, 4L, (LocalDate?)Sample.Today), (voucher.State, voucher.Version, voucher.RedeemedOn));
    }

    [Theory]
    [MemberData(nameof(Refused))]
    public void RedeemingIsRefused(string because, Voucher voucher, Actor actor, Refusal[] expected)
    {
        Assert.NotEmpty(because);
        Expect.Refused(Sample.Lifecycle.Redeem(voucher, actor, Sample.Today), expected);
    }

    [Theory]
    [InlineData("2021-03-01", "2021-03-01", "2021-08-28", null)]
    [InlineData("2021-03-01", "2021-03-01", "2021-08-29", DeadlineRule.VoucherLife)]
    [InlineData("2020-03-31", "2021-06-30", "2022-01-01", null)]
    [InlineData("2020-03-31", "2021-06-30", "2022-01-02", DeadlineRule.LastRedemptionDay)]
    public void RedemptionClosesAfterTheVouchersLastDay(string created, string assigned, string today, DeadlineRule? closedBy)
    {
        var voucher = Sample.Delivered(Date(assigned), Date(created));
        var lastDay = voucher.LastDay(Sample.Calendar).Date;

        var decision = Sample.Lifecycle.Redeem(voucher, Sample.MpnAdmin(), Date(today));

        if (closedBy is { } rule)
        {
            Expect.Refused(decision, new RedemptionClosed(lastDay, rule));
            Assert.Equal(Date(today).PlusDays(-1), lastDay);
        }
        else
        {
            Expect.Accepted(decision);
        }
    }

    private static LocalDate Date(string text) => LocalDatePattern.Iso.Parse(text).Value;
}
