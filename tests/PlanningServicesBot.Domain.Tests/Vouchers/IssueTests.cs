using NodaTime;
using PlanningServicesBot.Domain.Actors;
using PlanningServicesBot.Domain.Customers;
using PlanningServicesBot.Domain.Refusals;
using PlanningServicesBot.Domain.Tests.Support;
using PlanningServicesBot.Domain.Vouchers;

namespace PlanningServicesBot.Domain.Tests.Vouchers;

public class IssueTests
{
    private static readonly LocalDate IssueDay = new(2021, 7, 2);

    public static TheoryData<string, Func<Scenario, Scenario>, Refusal> SingleRuleBroken => new()
    {
        { "benefit not activated", s => s with { Customer = Sample.Fabrikam(benefitActivated: false) }, new BenefitNotActivated(Sample.Agreement) },
        { "balance below the voucher's days", s => s with { Customer = Sample.Fabrikam(daysBalance: 4) }, new InsufficientDays(4, 5) },
        { "customer unknown", s => s with { Customer = null }, new CustomerNotFound(Sample.Agreement) },
        { "another customer's agreement", s => s with { Actor = new CustomerActor("E-999") }, new NotYourVoucher() },
        { "number already used", s => s with { Existing = Sample.Assigned(new LocalDate(2021, 3, 1)) }, new VoucherAlreadyExists(Sample.Number()) },
        { "offering unknown", s => s with { Command = s.Command with { Offering = "AZDPS" } }, new OfferingUnknown("AZDPS") },
        { "length not allowed", s => s with { Command = s.Command with { Days = 2 } }, new LengthMismatch(2, [1, 3, 5, 10, 15]) },
        {
            "assigned before created", s => s with { Command = s.Command with { CreatedOn = new LocalDate(2021, 6, 20), AssignedOn = new LocalDate(2021, 6, 19) } },
            new DatesInvalid(DatesProblem.AssignedBeforeCreated, new LocalDate(2021, 6, 20), new LocalDate(2021, 6, 19))
        },
        {
            "assigned in the future", s => s with { Today = new LocalDate(2021, 6, 1) },
            new DatesInvalid(DatesProblem.EndInFuture, new LocalDate(2021, 6, 1), new LocalDate(2021, 6, 30))
        },
        { "no project manager", s => s with { Command = s.Command with { ProjectManager = " " } }, new InputMissing("ProjectManager") },
        { "a partner acting", s => s with { Actor = Sample.GlobalAdmin() }, new RoleNotAllowed(ActorRole.GlobalAdmin, [ActorRole.Customer, ActorRole.System]) },
    };

    [Fact]
    public void ACustomerIssuesAnAssignedVoucherAtVersionOne()
    {
        var voucher = Expect.Accepted(Decide(Scenario.Valid()));

        Assert.Equal(VoucherState.Assigned, voucher.State);
        Assert.Equal(1, voucher.Version);
        Assert.Equal(("SSDPS", 5, new LocalDate(2021, 6, 30)), (voucher.Offering, voucher.Days, voucher.AssignedOn));
    }

    [Fact]
    public void AnImportMayIssueToo()
    {
        Expect.Accepted(Decide(Scenario.Valid() with { Actor = new SystemActor("import") }));
    }

    [Theory]
    [InlineData("2021-06-30", true)]
    [InlineData("2021-07-01", false)]
    public void AssignmentIsPossibleThroughTheLastAssignmentDay(string assignedOn, bool allowed)
    {
        var day = NodaTime.Text.LocalDatePattern.Iso.Parse(assignedOn).Value;
        var scenario = Scenario.Valid() with { Command = Scenario.Valid().Command with { CreatedOn = day, AssignedOn = day } };

        var decision = Decide(scenario);

        if (allowed)
        {
            Expect.Accepted(decision);
        }
        else
        {
            Expect.Refused(decision, new AssignmentClosed(new LocalDate(2021, 6, 30)));
        }
    }

    [Theory]
    [MemberData(nameof(SingleRuleBroken))]
    public void IssuingIsRefusedForTheOneRuleBroken(string because, Func<Scenario, Scenario> change, Refusal expected)
    {
        Assert.NotEmpty(because);
        Expect.Refused(Decide(change(Scenario.Valid())), expected);
    }

    [Fact]
    public void EveryBrokenRuleIsListed()
    {
        var scenario = Scenario.Valid() with
        {
            Customer = Sample.Fabrikam(daysBalance: 0, benefitActivated: false),
            Command = Scenario.Valid().Command with { Days = 20, CreatedOn = new LocalDate(2021, 7, 1), AssignedOn = new LocalDate(2021, 7, 1) },
        };

        Expect.Refused(
            Decide(scenario),
            new BenefitNotActivated(Sample.Agreement),
            new InsufficientDays(0, 20),
            new LengthMismatch(20, [1, 3, 5, 10, 15]),
            new AssignmentClosed(new LocalDate(2021, 6, 30)));
    }

    private static Decision<Voucher> Decide(Scenario s) => Sample.Lifecycle.Issue(s.Existing, s.Customer, s.Actor, s.Command, s.Today);

    public sealed record Scenario(Voucher? Existing, Customer? Customer, Actor Actor, IssueVoucher Command, LocalDate Today)
    {
        public static Scenario Valid() => new(
            null,
            Sample.Fabrikam(),
            new CustomerActor(Sample.Agreement),
            new IssueVoucher(Sample.Number(), Sample.Agreement, "SSDPS", 5, new LocalDate(2021, 6, 1), new LocalDate(2021, 6, 30), "Pat Manager"),
            IssueDay);
    }
}
