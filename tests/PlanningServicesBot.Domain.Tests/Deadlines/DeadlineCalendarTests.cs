using NodaTime;
using NodaTime.Text;
using PlanningServicesBot.Domain.Calendar;
using PlanningServicesBot.Domain.Deadlines;
using PlanningServicesBot.Domain.Tests.Support;
using PlanningServicesBot.Domain.Vouchers;

namespace PlanningServicesBot.Domain.Tests.Deadlines;

public class DeadlineCalendarTests
{
    private static readonly DeadlineCalendar Deadlines = new(Sample.Calendar);
    private static readonly Instant Now = Instant.FromUtc(2021, 5, 3, 9, 30);

    public static TheoryData<string, Voucher, string> DeadlinesByState => new()
    {
        { "assigned", Sample.Assigned(new LocalDate(2021, 3, 1)), "Reserve 2021-08-28 VoucherLife 117|Deliver 2021-08-28 VoucherLife 117|Redeem 2021-08-28 VoucherLife 117" },
        { "reserved", Sample.Reserved(new LocalDate(2021, 3, 1)), "Deliver 2021-08-28 VoucherLife 117|Redeem 2021-08-28 VoucherLife 117" },
        { "delivered, COVID-extended", Sample.Delivered(new LocalDate(2020, 9, 1), new LocalDate(2020, 3, 20)), "Redeem 2021-05-29 CovidExtension 26" },
        { "delivered, capped by the last redemption day", Sample.Delivered(new LocalDate(2021, 4, 10), new LocalDate(2020, 3, 20)), "Redeem 2022-01-01 LastRedemptionDay 243" },
        { "redeemed", Sample.Redeemed(new LocalDate(2021, 4, 10)), "RequestPayment 2021-06-09 PaymentWindow 37" },
        { "expired yesterday", Sample.Assigned(new LocalDate(2020, 11, 3)), "Reserve 2021-05-02 VoucherLife -1|Deliver 2021-05-02 VoucherLife -1|Redeem 2021-05-02 VoucherLife -1" },
        { "payment requested", Sample.PaymentRequested(new LocalDate(2021, 4, 10)), "" },
    };

    [Theory]
    [MemberData(nameof(DeadlinesByState))]
    public void AVoucherHasTheDeadlinesOfItsState(string state, Voucher voucher, string expected)
    {
        Assert.NotEmpty(state);

        var deadlines = Deadlines.For(voucher, Now);

        Assert.Equal(expected, string.Join('|', deadlines.Select(d => $"{d.Kind} {LocalDatePattern.Iso.Format(d.LastDay)} {d.SetBy} {d.DaysLeft}")));
        Assert.All(deadlines, d => Assert.Equal(Sample.Calendar.EndOf(d.LastDay), d.EndsAt));
    }

    [Fact]
    public void OnItsLastDayAVoucherHasZeroDaysLeftAndHasNotPassed()
    {
        var deadline = Deadlines.For(Sample.Assigned(new LocalDate(2020, 11, 4)), Now)[0];

        Assert.Equal((0, false), (deadline.DaysLeft, deadline.HasPassed));
        Assert.Equal(Instant.FromUtc(2021, 5, 4, 0, 0), deadline.EndsAt);
        Assert.True(Deadlines.For(Sample.Assigned(new LocalDate(2020, 11, 3)), Now)[0].HasPassed);
    }

    [Fact]
    public void InANonUtcProgramZoneADeadlineEndsAtLocalMidnight()
    {
        var tokyo = new DeadlineCalendar(Sample.Calendar with { TimeZone = "Asia/Tokyo" });
        var voucher = Sample.Assigned(new LocalDate(2021, 3, 1));

        var deadline = tokyo.For(voucher, Instant.FromUtc(2021, 8, 28, 14, 59))[0];

        Assert.Equal(new LocalDate(2021, 8, 28), deadline.LastDay);
        Assert.Equal(Instant.FromUtc(2021, 8, 28, 15, 0), deadline.EndsAt);
        Assert.Equal(0, deadline.DaysLeft);
        Assert.True(tokyo.For(voucher, Instant.FromUtc(2021, 8, 28, 15, 0))[0].HasPassed);
    }

    [Fact]
    public void TheNextDueDayIsTheLastDayWhileOpenThenThePaymentDeadline()
    {
        Assert.Equal(new LocalDate(2021, 8, 28), Deadlines.NextDueDay(Sample.Reserved(new LocalDate(2021, 3, 1))));
        Assert.Equal(new LocalDate(2021, 6, 9), Deadlines.NextDueDay(Sample.Redeemed(new LocalDate(2021, 4, 10))));
        Assert.Null(Deadlines.NextDueDay(Sample.PaymentRequested(new LocalDate(2021, 4, 10))));
    }

    [Fact]
    public void TheProgramTimelineSaysWhatHasPassed()
    {
        var timeline = Deadlines.Timeline(Now);

        Assert.Equal(
            [
                "CloudEngagementsRetired 2020-02-01 passed",
                "TrainingConversionEnded 2020-02-01 passed",
                "CovidExtensionCutoff 2020-04-01 passed",
                "RemoteDeliveryEnded 2020-06-30 passed",
                "AccrualEnded 2021-02-01 passed",
                "LastAssignmentDay 2021-06-30 upcoming",
                "RemainingDaysRemoved 2021-07-01 upcoming",
                "LastRedemptionDay 2022-01-01 upcoming",
                "LastPaymentRequestDay 2022-03-02 upcoming",
            ],
            timeline.Select(e => $"{e.Milestone} {LocalDatePattern.Iso.Format(e.Date)} {(e.HasPassed ? "passed" : "upcoming")}"));
    }

    [Fact]
    public void AThroughMilestonePassesAtTheEndOfItsDayAndAFromMilestoneAtItsStart()
    {
        var lastAssignment = Instant.FromUtc(2021, 7, 1, 0, 0);

        bool Passed(ProgramMilestone milestone, Instant at) => Deadlines.Timeline(at).Single(e => e.Milestone == milestone).HasPassed;

        Assert.False(Passed(ProgramMilestone.LastAssignmentDay, lastAssignment - Duration.FromSeconds(1)));
        Assert.True(Passed(ProgramMilestone.LastAssignmentDay, lastAssignment));
        Assert.True(Passed(ProgramMilestone.RemainingDaysRemoved, lastAssignment));
        Assert.False(Passed(ProgramMilestone.RemainingDaysRemoved, lastAssignment - Duration.FromSeconds(1)));
    }

    [Fact]
    public void ExpiredIsDerivedFromTheLastDay()
    {
        var voucher = Sample.Assigned(new LocalDate(2020, 11, 4));

        Assert.Equal(VoucherStatus.Assigned, voucher.StatusOn(new LocalDate(2021, 5, 3), Sample.Calendar));
        Assert.Equal(VoucherStatus.Expired, voucher.StatusOn(new LocalDate(2021, 5, 4), Sample.Calendar));
        Assert.Equal(VoucherStatus.Redeemed, Sample.Redeemed(new LocalDate(2021, 4, 1)).StatusOn(new LocalDate(2030, 1, 1), Sample.Calendar));
        Assert.Equal(DeadlineRule.VoucherLife, voucher.LastDay(Sample.Calendar).SetBy);
    }
}
