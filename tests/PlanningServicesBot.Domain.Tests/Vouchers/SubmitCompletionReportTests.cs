using NodaTime;
using PlanningServicesBot.Domain.Actors;
using PlanningServicesBot.Domain.Calendar;
using PlanningServicesBot.Domain.Partners;
using PlanningServicesBot.Domain.Refusals;
using PlanningServicesBot.Domain.Tests.Support;
using PlanningServicesBot.Domain.Vouchers;

namespace PlanningServicesBot.Domain.Tests.Vouchers;

public class SubmitCompletionReportTests
{
    // Assigned 2021-03-01, reserved 2021-03-02, last day 2021-08-28; delivered 2021-04-20..24; today 2021-05-03.
    private static readonly LocalDate AssignedOn = new(2021, 3, 1);
    private static readonly LocalDate Start = new(2021, 4, 20);
    private static readonly LocalDate End = new(2021, 4, 24);

    public static TheoryData<string, Func<Scenario, Scenario>, Refusal[]> Refused => new()
    {
        { "four days off-site", s => s with { Command = s.Command with { OffsiteDays = 4 } }, [new TooManyOffsiteDays(4, 3)] },
        { "negative off-site days", s => s with { Command = s.Command with { OffsiteDays = -1 } }, [new InputMissing("OffsiteDays")] },
        {
            "no deliverable confirmed", s => s with { Command = s.Command with { CompletionReportConfirmed = false, CustomerDeliverableConfirmed = false } },
            [new DeliverablesNotConfirmed([Deliverable.CompletionReport, Deliverable.CustomerPlanningDeliverable])]
        },
        { "customer deliverable not confirmed", s => s with { Command = s.Command with { CustomerDeliverableConfirmed = false } }, [new DeliverablesNotConfirmed([Deliverable.CustomerPlanningDeliverable])] },
        { "delivery ends tomorrow", s => s with { Command = s.Command with { DeliveryEnd = new LocalDate(2021, 5, 4) } }, [new DatesInvalid(DatesProblem.EndInFuture, Start, new LocalDate(2021, 5, 4))] },
        { "delivery ends before it starts", s => s with { Command = s.Command with { DeliveryEnd = Start.PlusDays(-1) } }, [new DatesInvalid(DatesProblem.EndBeforeStart, Start, Start.PlusDays(-1))] },
        {
            "delivery started before reservation", s => s with { Command = s.Command with { DeliveryStart = AssignedOn } },
            [new DatesInvalid(DatesProblem.StartBeforeReservation, AssignedOn.PlusDays(1), AssignedOn)]
        },
        { "consultant without the exam", s => s with { Command = s.Command with { ConsultantId = "ben" } }, [new ConsultantLacksExam("ben", Sample.Catalogue.QualifyingExams(Sample.Catalogue.FindEngagement(Sample.Engagement)!))] },
        { "consultant unknown", s => s with { Command = s.Command with { ConsultantId = "zoe" } }, [new ConsultantNotFound("zoe")] },
        { "another partner's voucher", s => s with { Voucher = Sample.Reserved(AssignedOn, mpnId: "2000002") }, [new NotYourVoucher()] },
        { "not reserved", s => s with { Voucher = Sample.Assigned(AssignedOn) }, [new WrongState(VoucherState.Assigned, VoucherState.Reserved)] },
        { "reported twice", s => s with { Voucher = Sample.Delivered(AssignedOn) }, [new WrongState(VoucherState.Delivered, VoucherState.Reserved)] },
        { "support staff reporting", s => s with { Actor = new SupportStaffActor("t", "o") }, [new RoleNotAllowed(ActorRole.SupportStaff, [ActorRole.GlobalAdmin, ActorRole.MpnPartnerAdmin, ActorRole.Consultant])] },
        { "voucher expired", s => s with { Today = new LocalDate(2021, 8, 29) }, [new VoucherExpired(new LocalDate(2021, 8, 28), DeadlineRule.VoucherLife)] },
        { "no such voucher", s => s with { Voucher = null }, [new VoucherNotFound()] },
    };

    [Fact]
    public void AConsultantOfTheReservingPartnerReportsDelivery()
    {
        var voucher = Expect.Accepted(Decide(Scenario.Valid()));

        Assert.Equal(VoucherState.Delivered, voucher.State);
        Assert.Equal(3, voucher.Version);
        Assert.Equal(new CompletionReport(Start, End, "ana", 1, true, true, "Assessment and migration plan", Sample.Today), voucher.CompletionReport);
    }

    [Theory]
    [InlineData(3, true)]
    [InlineData(4, false)]
    public void AtMostThreeDaysMayBeDeliveredOffsite(int offsiteDays, bool allowed)
    {
        var decision = Decide(Scenario.Valid() with { Command = Scenario.Valid().Command with { OffsiteDays = offsiteDays } });

        Assert.Equal(allowed, decision.IsAccepted);
    }

    [Fact]
    public void ARemoteEngagementEndingWithinTheCovidWaiverMayBeDeliveredEntirelyOffsite()
    {
        var assigned = new LocalDate(2020, 3, 1);
        var scenario = new Scenario(
            Sample.Reserved(assigned, remote: true),
            Sample.Contoso(),
            Sample.ConsultantUser(),
            Sample.Report(new LocalDate(2020, 6, 22), new LocalDate(2020, 6, 26), offsiteDays: 5),
            new LocalDate(2020, 7, 1));

        Expect.Accepted(Decide(scenario));
        Expect.Refused(Decide(scenario with { Voucher = Sample.Reserved(assigned, remote: false) }), new TooManyOffsiteDays(5, 3));
    }

    [Theory]
    [MemberData(nameof(Refused))]
    public void ReportingIsRefused(string because, Func<Scenario, Scenario> change, Refusal[] expected)
    {
        Assert.NotEmpty(because);
        Expect.Refused(Decide(change(Scenario.Valid())), expected);
    }

    [Fact]
    public void EveryReasonToRefuseIsListedAtOnce()
    {
        var scenario = Scenario.Valid() with
        {
            Command = Scenario.Valid().Command with { OffsiteDays = 5, CompletionReportConfirmed = false, ConsultantId = "ben" },
        };

        Expect.Refused(
            Decide(scenario),
            new TooManyOffsiteDays(5, 3),
            new DeliverablesNotConfirmed([Deliverable.CompletionReport]),
            new ConsultantLacksExam("ben", Sample.Catalogue.QualifyingExams(Sample.Catalogue.FindEngagement(Sample.Engagement)!)));
    }

    private static Decision<Voucher> Decide(Scenario s) =>
        Sample.Lifecycle.SubmitCompletionReport(s.Voucher, s.Partner, s.Actor, s.Command, s.Today);

    public sealed record Scenario(Voucher? Voucher, Partner? Partner, Actor Actor, SubmitCompletionReport Command, LocalDate Today)
    {
        public static Scenario Valid() => new(Sample.Reserved(AssignedOn), Sample.Contoso(), Sample.ConsultantUser(), Sample.Report(Start, End), Sample.Today);
    }
}
