using NodaTime;
using PlanningServicesBot.Domain.Actors;
using PlanningServicesBot.Domain.Calendar;
using PlanningServicesBot.Domain.Catalogue;
using PlanningServicesBot.Domain.Customers;
using PlanningServicesBot.Domain.Partners;
using PlanningServicesBot.Domain.Refusals;
using PlanningServicesBot.Domain.Tests.Support;
using PlanningServicesBot.Domain.Vouchers;

namespace PlanningServicesBot.Domain.Tests.Vouchers;

public class ReserveTests
{
    // Assigned 2021-03-01: its last day is 2021-08-28.
    private static readonly LocalDate AssignedOn = new(2021, 3, 1);
    private static readonly LocalDate LastDay = new(2021, 8, 28);

    public static TheoryData<string, Func<Scenario, Scenario>, Refusal> SingleRuleBroken => new()
    {
        { "wrong voucher admin e-mail", s => s with { Command = s.Command with { CustomerAdminEmail = "someone@else.example" } }, new VoucherNotFound() },
        { "no such voucher", s => s with { Voucher = null }, new VoucherNotFound() },
        { "a consultant reserving", s => s with { Actor = Sample.ConsultantUser() }, new RoleNotAllowed(ActorRole.Consultant, [ActorRole.GlobalAdmin, ActorRole.MpnPartnerAdmin]) },
        { "support staff reserving", s => s with { Actor = new SupportStaffActor("t", "o") }, new RoleNotAllowed(ActorRole.SupportStaff, [ActorRole.GlobalAdmin, ActorRole.MpnPartnerAdmin]) },
        { "the acting partner unknown", s => s with { Partner = null }, new PartnerNotFound(Sample.MpnId) },
        { "a partner other than the actor's", s => s with { Partner = Sample.Contoso("2000002") }, new PartnerNotFound(Sample.MpnId) },
        { "already reserved", s => s with { Voucher = Sample.Reserved(AssignedOn, mpnId: "2000002") }, new WrongState(VoucherState.Reserved, VoucherState.Assigned) },
        { "engagement of another offering", s => s with { Command = s.Command with { EngagementId = "windows-office-deployment" } }, new EngagementNotInOffering("windows-office-deployment", "DDPS", "SSDPS") },
        { "length the engagement does not allow", s => s with { Voucher = s.Voucher! with { Days = 1 } }, new LengthMismatch(1, [3, 5, 10, 15]) },
        { "retired cloud engagement", s => s with { Command = s.Command with { EngagementId = "office-365-planning" } }, new EngagementRetired("office-365-planning", new LocalDate(2020, 2, 1)) },
        { "unknown engagement", s => s with { Command = s.Command with { EngagementId = "quantum-planning" } }, new EngagementUnknown("quantum-planning") },
        {
            "competency lapsed", s => s with { Partner = s.Partner! with { Competencies = [new PartnerCompetency("Data Platform", CompetencyLevel.Gold, new LocalDate(2021, 4, 30))] } },
            new CompetencyLapsed("Data Platform", CompetencyLevel.Gold, new LocalDate(2021, 4, 30))
        },
        {
            "competency held only at Silver", s => s with { Partner = s.Partner! with { Competencies = [new PartnerCompetency("Data Platform", CompetencyLevel.Silver, new LocalDate(2021, 12, 31))] } },
            new CompetencyMissing([new CompetencyRequirement("Data Analytics", CompetencyLevel.Gold), new CompetencyRequirement("Data Platform", CompetencyLevel.Gold)])
        },
        { "not enrolled this year", s => s with { Partner = s.Partner! with { Enrollments = [new OfferingEnrollment("SSDPS", 2020, new LocalDate(2020, 1, 10))] } }, new NotEnrolled("SSDPS", 2021) },
        { "agreement not signed", s => s with { Partner = s.Partner! with { Enrollments = [new OfferingEnrollment("SSDPS", 2021, null)] } }, new AgreementNotSigned("SSDPS", 2021) },
        { "consultant without the exam", s => s with { Command = s.Command with { ConsultantId = "ben" } }, new ConsultantLacksExam("ben", Sample.Catalogue.QualifyingExams(Sample.Catalogue.FindEngagement(Sample.Engagement)!)) },
        { "consultant of another partner", s => s with { Command = s.Command with { ConsultantId = "zoe" } }, new ConsultantNotFound("zoe") },
        { "location of another partner", s => s with { Command = s.Command with { LocationId = "L-FR-9" } }, new LocationNotFound("L-FR-9") },
        { "location in another country", s => s with { Command = s.Command with { LocationId = "L-DE-1" } }, new LocationCountryMismatch("L-DE-1", "DE", "GB") },
        {
            "planned start in the past", s => s with { Command = s.Command with { PlannedStart = new LocalDate(2021, 5, 2) } },
            new DatesInvalid(DatesProblem.StartInPast, new LocalDate(2021, 5, 2), new LocalDate(2021, 5, 14))
        },
        {
            "planned end before start", s => s with { Command = s.Command with { PlannedEnd = new LocalDate(2021, 5, 9) } },
            new DatesInvalid(DatesProblem.EndBeforeStart, new LocalDate(2021, 5, 10), new LocalDate(2021, 5, 9))
        },
        { "planned end after the last day", s => s with { Command = s.Command with { PlannedEnd = new LocalDate(2021, 8, 29) } }, new EndAfterLastDay(LastDay, DeadlineRule.VoucherLife) },
        { "remote delivery after the waiver", s => s with { Command = s.Command with { RemoteDelivery = true } }, new RemoteDeliveryNotAllowed(new LocalDate(2020, 6, 30)) },
    };

    [Fact]
    public void AnEligiblePartnerAdminReservesTheVoucher()
    {
        var voucher = Expect.Accepted(Decide(Scenario.Valid()));

        Assert.Equal(VoucherState.Reserved, voucher.State);
        Assert.Equal(2, voucher.Version);
        Assert.Equal(
            new Reservation(Sample.MpnId, Sample.Engagement, "L-GB-1", "ana", "GB", new LocalDate(2021, 5, 10), new LocalDate(2021, 5, 14), false, Sample.Today),
            voucher.Reservation);
    }

    [Fact]
    public void AGlobalAdminMayReserveToo()
    {
        Expect.Accepted(Decide(Scenario.Valid() with { Actor = Sample.GlobalAdmin() }));
    }

    [Theory]
    [MemberData(nameof(SingleRuleBroken))]
    public void ReservationIsRefusedForTheOneRuleBroken(string because, Func<Scenario, Scenario> change, Refusal expected)
    {
        Assert.NotEmpty(because);
        Expect.Refused(Decide(change(Scenario.Valid())), expected);
    }

    [Theory]
    [InlineData(180, true)]
    [InlineData(181, false)]
    public void AVoucherCanBeReservedThroughDayOneHundredEightyAfterAssignment(int daysAfterAssignment, bool allowed)
    {
        var today = AssignedOn.PlusDays(daysAfterAssignment);
        var scenario = Scenario.Valid() with { Today = today, Command = Scenario.Valid().Command with { PlannedStart = today, PlannedEnd = today } };

        var decision = Decide(scenario);

        if (allowed)
        {
            Expect.Accepted(decision);
        }
        else
        {
            Expect.Refused(decision, new VoucherExpired(LastDay, DeadlineRule.VoucherLife));
        }
    }

    [Theory]
    [InlineData("2020-03-31", null)]
    [InlineData("2020-04-01", "2020-09-28")]
    public void OnlyVouchersCreatedBeforeAprilTwentyTwentyGetTheCovidExtension(string createdOn, string? expiredOn)
    {
        var created = NodaTime.Text.LocalDatePattern.Iso.Parse(createdOn).Value;
        var reserveDay = new LocalDate(2020, 12, 26);
        var scenario = Scenario.Valid() with
        {
            Voucher = Sample.Assigned(new LocalDate(2020, 4, 1), created),
            Today = reserveDay,
            Command = Scenario.Valid().Command with { PlannedStart = reserveDay, PlannedEnd = reserveDay },
        };

        var decision = Decide(scenario);

        if (expiredOn is null)
        {
            Expect.Accepted(decision);
        }
        else
        {
            Expect.Refused(decision, new VoucherExpired(NodaTime.Text.LocalDatePattern.Iso.Parse(expiredOn).Value, DeadlineRule.VoucherLife));
        }
    }

    [Fact]
    public void RemoteDeliveryWasAllowedForEngagementsEndingByTheEndOfJuneTwentyTwenty()
    {
        var scenario = Scenario.Valid() with
        {
            Voucher = Sample.Assigned(new LocalDate(2020, 3, 15)),
            Today = new LocalDate(2020, 5, 1),
            Command = Scenario.Valid().Command with { PlannedStart = new LocalDate(2020, 6, 26), PlannedEnd = new LocalDate(2020, 6, 30), RemoteDelivery = true },
        };

        Expect.Accepted(Decide(scenario));
        Expect.Refused(
            Decide(scenario with { Command = scenario.Command with { PlannedEnd = new LocalDate(2020, 7, 1) } }),
            new RemoteDeliveryNotAllowed(new LocalDate(2020, 6, 30)));
    }

    [Fact]
    public void EveryReasonToRefuseIsListedAtOnce()
    {
        var scenario = Scenario.Valid() with
        {
            Partner = Sample.Contoso() with { Competencies = [new PartnerCompetency("Data Platform", CompetencyLevel.Gold, new LocalDate(2021, 4, 30))] },
            Command = Scenario.Valid().Command with { LocationId = "L-DE-1", ConsultantId = "ben", PlannedEnd = new LocalDate(2021, 9, 1), RemoteDelivery = true },
        };

        Expect.Refused(
            Decide(scenario),
            new CompetencyLapsed("Data Platform", CompetencyLevel.Gold, new LocalDate(2021, 4, 30)),
            new ConsultantLacksExam("ben", Sample.Catalogue.QualifyingExams(Sample.Catalogue.FindEngagement(Sample.Engagement)!)),
            new LocationCountryMismatch("L-DE-1", "DE", "GB"),
            new EndAfterLastDay(LastDay, DeadlineRule.VoucherLife),
            new RemoteDeliveryNotAllowed(new LocalDate(2020, 6, 30)));
    }

    [Fact]
    public void AnnualEnrollmentCanBeSwitchedOffByConfiguration()
    {
        var lastYearOnly = Scenario.Valid() with { Partner = Sample.Contoso() with { Enrollments = [new OfferingEnrollment("SSDPS", 2020, new LocalDate(2020, 1, 10))] } };
        var lenient = new VoucherLifecycle(Sample.Calendar with { RequireCurrentYearEnrollment = false }, Sample.Catalogue);

        Expect.Accepted(Decide(lastYearOnly, lenient));
    }

    private static Decision<Voucher> Decide(Scenario s, VoucherLifecycle? lifecycle = null) =>
        (lifecycle ?? Sample.Lifecycle).Reserve(s.Voucher, s.Customer, s.Partner, s.Actor, s.Command, s.Today);

    public sealed record Scenario(Voucher? Voucher, Customer? Customer, Partner? Partner, Actor Actor, ReserveVoucher Command, LocalDate Today)
    {
        public static Scenario Valid() => new(
            Sample.Assigned(AssignedOn),
            Sample.Fabrikam(),
            Sample.Contoso(),
            Sample.MpnAdmin(),
            Sample.Reserve(new LocalDate(2021, 5, 10), new LocalDate(2021, 5, 14)),
            Sample.Today);
    }
}
