using NodaTime;
using PlanningServicesBot.Domain.Actors;
using PlanningServicesBot.Domain.Refusals;
using PlanningServicesBot.Domain.Tests.Support;
using PlanningServicesBot.Domain.Vouchers;

namespace PlanningServicesBot.Domain.Tests.Vouchers;

public class CancelReservationTests
{
    private static readonly LocalDate AssignedOn = new(2021, 3, 1);

    public static TheoryData<string, Voucher, Actor, Refusal[]> Refused => new()
    {
        { "a consultant cancelling", Sample.Reserved(AssignedOn), Sample.ConsultantUser(), [new RoleNotAllowed(ActorRole.Consultant, [ActorRole.GlobalAdmin, ActorRole.MpnPartnerAdmin])] },
        { "another partner's reservation", Sample.Reserved(AssignedOn, mpnId: "2000002"), Sample.MpnAdmin(), [new NotYourVoucher()] },
        { "not reserved", Sample.Assigned(AssignedOn), Sample.MpnAdmin(), [new WrongState(VoucherState.Assigned, VoucherState.Reserved)] },
        { "already delivered", Sample.Delivered(AssignedOn), Sample.GlobalAdmin(), [new WrongState(VoucherState.Delivered, VoucherState.Reserved)] },
    };

    [Fact]
    public void CancellingReturnsTheVoucherToAssignedWithItsOriginalExpiry()
    {
        var reserved = Sample.Reserved(AssignedOn);

        var voucher = Expect.Accepted(Sample.Lifecycle.CancelReservation(reserved, Sample.MpnAdmin(), Sample.Today));

        Assert.Equal(VoucherState.Assigned, voucher.State);
        Assert.Null(voucher.Reservation);
        Assert.Equal(reserved.Version + 1, voucher.Version);
        Assert.Equal(new LocalDate(2021, 8, 28), voucher.LastDay(Sample.Calendar).Date);
    }

    [Theory]
    [MemberData(nameof(Refused))]
    public void CancellingIsRefused(string because, Voucher voucher, Actor actor, Refusal[] expected)
    {
        Assert.NotEmpty(because);
        Expect.Refused(Sample.Lifecycle.CancelReservation(voucher, actor, Sample.Today), expected);
    }
}
