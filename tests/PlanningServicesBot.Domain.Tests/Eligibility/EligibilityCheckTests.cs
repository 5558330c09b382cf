using NodaTime;
using PlanningServicesBot.Domain.Catalogue;
using PlanningServicesBot.Domain.Eligibility;
using PlanningServicesBot.Domain.Partners;
using PlanningServicesBot.Domain.Refusals;
using PlanningServicesBot.Domain.Tests.Support;

namespace PlanningServicesBot.Domain.Tests.Eligibility;

public class EligibilityCheckTests
{
    private static readonly EligibilityCheck Check = new(Sample.Catalogue, Sample.Calendar);

    public static TheoryData<string, Func<Partner, Partner>, string?, RequirementKind, Refusal, NextStepKind> Unmet => new()
    {
        {
            "competency lapsed", p => p with { Competencies = [new PartnerCompetency("Data Platform", CompetencyLevel.Gold, new LocalDate(2021, 4, 30))] }, "ana",
            RequirementKind.Competency, new CompetencyLapsed("Data Platform", CompetencyLevel.Gold, new LocalDate(2021, 4, 30)), NextStepKind.RenewCompetency
        },
        {
            "competency never held", p => p with { Competencies = [] }, "ana",
            RequirementKind.Competency,
            new CompetencyMissing([new CompetencyRequirement("Data Analytics", CompetencyLevel.Gold), new CompetencyRequirement("Data Platform", CompetencyLevel.Gold)]),
            NextStepKind.ObtainCompetency
        },
        {
            "consultant missing the exam", p => p, "ben",
            RequirementKind.ConsultantExam, new ConsultantLacksExam("ben", Sample.Catalogue.QualifyingExams(Sample.Catalogue.FindEngagement(Sample.Engagement)!)), NextStepKind.ConsultantTakesExam
        },
        { "consultant unknown", p => p, "zoe", RequirementKind.ConsultantExam, new ConsultantNotFound("zoe"), NextStepKind.AddConsultant },
        { "never enrolled", p => p with { Enrollments = [] }, "ana", RequirementKind.Enrollment, new NotEnrolled("SSDPS", 2021), NextStepKind.EnrollInOffering },
        {
            "enrolled last year only", p => p with { Enrollments = [new OfferingEnrollment("SSDPS", 2020, new LocalDate(2020, 1, 10))] }, "ana",
            RequirementKind.Enrollment, new NotEnrolled("SSDPS", 2021), NextStepKind.RenewEnrollment
        },
        {
            "agreement unsigned", p => p with { Enrollments = [new OfferingEnrollment("SSDPS", 2021, null)] }, "ana",
            RequirementKind.Agreement, new AgreementNotSigned("SSDPS", 2021), NextStepKind.SignAgreement
        },
        { "no location in the delivery country", p => p with { Locations = [new PartnerLocation("L-DE-1", "DE")] }, "ana", RequirementKind.Location, new NoLocationInCountry("GB"), NextStepKind.AddLocation },
    };

    [Fact]
    public void AnEligiblePartnerMeetsEveryRequirementAndSaysWhatMeetsIt()
    {
        var report = Check.Evaluate(Sample.Contoso(), Sample.Engagement, "ana", "gb", Sample.Today);

        Assert.True(report.IsEligible);
        Assert.Equal(
            [
                (RequirementKind.Enrollment, "2021"),
                (RequirementKind.Agreement, "2021-01-15"),
                (RequirementKind.Competency, "Data Platform"),
                (RequirementKind.ConsultantExam, "DP-300"),
                (RequirementKind.Location, "L-GB-1"),
            ],
            report.Requirements.Select(r => (r.Kind, r.SatisfiedBy!)));
    }

    [Theory]
    [MemberData(nameof(Unmet))]
    public void AnUnmetRequirementCarriesWhyAndTheNextStep(
        string because, Func<Partner, Partner> change, string? consultant, RequirementKind kind, Refusal shortfall, NextStepKind nextStep)
    {
        Assert.NotEmpty(because);

        var report = Check.Evaluate(change(Sample.Contoso()), Sample.Engagement, consultant, "GB", Sample.Today);

        Assert.False(report.IsEligible);
        var unmet = Assert.Single(report.Unmet);
        Assert.Equal(kind, unmet.Kind);
        Assert.Equal(nextStep, unmet.NextStep);
        Assert.Equal(Expect.Describe([shortfall]), Expect.Describe([unmet.Shortfall!]));
    }

    [Fact]
    public void ALapsedCompetencyAMissingExamAndNoEnrollmentAreAllReported()
    {
        var partner = Sample.Contoso() with
        {
            Enrollments = [],
            Competencies = [new PartnerCompetency("Data Analytics", CompetencyLevel.Gold, new LocalDate(2021, 1, 31))],
        };

        var report = Check.Evaluate(partner, Sample.Engagement, "ben", null, Sample.Today);

        Assert.Equal(
            [
                (RequirementKind.Enrollment, NextStepKind.EnrollInOffering),
                (RequirementKind.Competency, NextStepKind.RenewCompetency),
                (RequirementKind.ConsultantExam, NextStepKind.ConsultantTakesExam),
            ],
            report.Unmet.Select(r => (r.Kind, r.NextStep!.Value)));
    }

    [Fact]
    public void AValidCompetencyWinsOverALapsedOne()
    {
        var partner = Sample.Contoso() with
        {
            Competencies =
            [
                new PartnerCompetency("Data Platform", CompetencyLevel.Gold, new LocalDate(2020, 12, 31)),
                new PartnerCompetency("Data Analytics", CompetencyLevel.Gold, new LocalDate(2022, 6, 30)),
            ],
        };

        var report = Check.Evaluate(partner, Sample.Engagement, null, null, Sample.Today);

        Assert.True(report.IsEligible);
        Assert.Equal("Data Analytics", report.Requirements.Single(r => r.Kind == RequirementKind.Competency).SatisfiedBy);
    }

    [Fact]
    public void AGoldCompetencySatisfiesASilverRequirement()
    {
        var partner = Sample.Contoso() with { Competencies = [new PartnerCompetency("Windows and Devices", CompetencyLevel.Gold, new LocalDate(2021, 12, 31))] };

        Assert.True(Check.Evaluate(partner, "windows-office-deployment", null, null, Sample.Today).IsEligible);
    }

    [Fact]
    public void ACompetencyIsValidThroughItsValidUntilDay()
    {
        var partner = Sample.Contoso() with { Competencies = [new PartnerCompetency("Data Platform", CompetencyLevel.Gold, Sample.Today)] };

        Assert.True(Check.Evaluate(partner, Sample.Engagement, null, null, Sample.Today).IsEligible);
        Assert.False(Check.Evaluate(partner, Sample.Engagement, null, null, Sample.Today.PlusDays(1)).IsEligible);
    }

    [Fact]
    public void ARetiredEngagementPointsToTheCurrentCatalogue()
    {
        var report = Check.Evaluate(Sample.Contoso(), "office-365-planning", null, null, Sample.Today);

        var only = Assert.Single(report.Requirements);
        Assert.Equal((RequirementKind.Engagement, NextStepKind.ChooseCurrentEngagement), (only.Kind, only.NextStep!.Value));
        Assert.Equal(new EngagementRetired("office-365-planning", new LocalDate(2020, 2, 1)), only.Shortfall);
    }
}
