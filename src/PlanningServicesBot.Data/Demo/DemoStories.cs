using NodaTime;
using PlanningServicesBot.Domain.Calendar;
using PlanningServicesBot.Domain.Catalogue;
using PlanningServicesBot.Domain.Vouchers;

namespace PlanningServicesBot.Data.Demo;

/// <summary>
/// The stories of the demo vouchers relative to the demo date: one per well-known voucher (<see cref="DemoVouchers"/>), then
/// generated ones cycling through every offering, every allowed length, every state and both sides of expiry.
/// </summary>
internal sealed class DemoStories(ProgramCalendar calendar, ProgramCatalogue catalogue)
{
    public const int GeneratedCount = 214;

    private static readonly string[] ProjectManagers =
    [
        "Hanna Schmidt", "James Carter", "Sophie Martin", "Erik Lindqvist", "Aoife Byrne", "Thabo Nkosi", "Laura Rossi",
        "Carlos Ramirez", "Ana Souza", "Valentina Diaz", "Chloe Nguyen", "Ken Watanabe", "Priya Nair", "Min-jun Kim",
    ];

    private enum Arc
    {
        AssignedAlive,
        ReservedAlive,
        DeliveredAlive,
        RedeemedWindowOpen,
        PaymentRequested,
        Paid,
        AssignedExpired,
        ReservedExpired,
        DeliveredExpired,
        RedeemedWindowClosed,
        PaidLastYear,
        ReservationCancelled,
    }

    private static readonly Arc[] ArcCycle =
    [
        Arc.AssignedAlive, Arc.ReservedAlive, Arc.DeliveredAlive, Arc.RedeemedWindowOpen, Arc.PaymentRequested, Arc.Paid,
        Arc.AssignedExpired, Arc.ReservedExpired, Arc.DeliveredExpired, Arc.RedeemedWindowClosed, Arc.Paid, Arc.PaidLastYear,
        Arc.AssignedAlive, Arc.ReservationCancelled,
    ];

    private int Life => calendar.VoucherLifeDays;

    public IReadOnlyList<DemoStory> For(LocalDate demoDate)
    {
        var wellKnown = WellKnown(demoDate);
        var numbers = DemoVoucherNumbers.Generate(
            GeneratedCount, wellKnown.Select(s => s.Number), new VoucherNumberFormat(calendar.VoucherNumberPattern));
        foreach (var story in wellKnown)
        {
            DemoVoucherNumbers.Checked(story.Number, new VoucherNumberFormat(calendar.VoucherNumberPattern));
        }

        return [.. wellKnown, .. numbers.Select((number, i) => Generated(i, number, demoDate))];
    }

    private List<DemoStory> WellKnown(LocalDate d)
    {
        var covidCutoff = calendar.CovidExtensionCreatedBefore;
        var retired = catalogue.RetiredEngagements.First(e => e.Offering == "DDPS");

        return
        [
            Story(DemoVouchers.StatusCheck, "SDPS", 3, d.PlusDays(-20), d.PlusDays(-20)),
            Story(DemoVouchers.ReadyToReserve, "DDPS", 5, d.PlusDays(-16), d.PlusDays(-14)),
            Story(DemoVouchers.ReadyForCompletionReport, "SSDPS", 5, d.PlusDays(-40), d.PlusDays(-40))
                .Reserved(d.PlusDays(-20), lead: 10) with { PreferredMpnId = DemoIdentities.FabrikamMpnId },
            Backward(Story(DemoVouchers.ReadyToRedeem, "SSDPS", 5, d, d), reportedOn: d.PlusDays(-25), k: 7)
                with { PreferredMpnId = DemoIdentities.FabrikamMpnId },
            Story(DemoVouchers.ExpiresToday, "PVDPS", 10, d.PlusDays(-Life - 2), d.PlusDays(-Life)),
            Story(DemoVouchers.ExpiresTomorrow, "DYDPS", 5, d.PlusDays(-Life + 1), d.PlusDays(-Life + 1)),
            Story(DemoVouchers.CovidExtended, "PVDPS", 5, covidCutoff.PlusDays(-5), d.PlusDays(-Life - calendar.CovidExtensionDays + 12))
                .Reserved(d.PlusDays(-5), lead: 7) with { PreferredMpnId = DemoIdentities.FabrikamMpnId },
            Story(DemoVouchers.RemoteDuringCovid, "DDPS", 5, covidCutoff.PlusDays(-20), covidCutoff.PlusDays(-16))
                .Reserved(covidCutoff.PlusDays(13), lead: 27) with
            {
                RemoteDelivery = true,
                ReportedOn = covidCutoff.PlusDays(47),
                OffsiteDays = 5,
                RedeemedOn = covidCutoff.PlusDays(49),
                PaymentRequestedOn = covidCutoff.PlusDays(70),
                PaidOn = covidCutoff.PlusDays(98),
                PreferredMpnId = DemoIdentities.FabrikamMpnId,
            },
            Story(DemoVouchers.CappedByLastRedemptionDay, "SDPS", 10, covidCutoff.PlusDays(-2), Later(
                calendar.LastRedemptionDay.PlusDays(-Life - calendar.CovidExtensionDays + 1), d.PlusDays(-20))),
            Story(DemoVouchers.RetiredEngagement, "DDPS", 3, retired.RetiredOn.PlusDays(-54), retired.RetiredOn.PlusDays(-54))
                .Reserved(retired.RetiredOn.PlusDays(-12), lead: 21) with
            {
                RetiredEngagementId = retired.Id,
                PreferredMpnId = DemoIdentities.FabrikamMpnId,
            },
            Backward(Story(DemoVouchers.PaymentWindowClosingThisWeek, "SSDPS", 5, d, d),
                    reportedOn: d.PlusDays(-calendar.PaymentWindowDays + 2), k: 4) with
            {
                RedeemedOn = d.PlusDays(-calendar.PaymentWindowDays + 3),
                PreferredMpnId = DemoIdentities.FabrikamMpnId,
            },
            Story(DemoVouchers.ReservedAbroad, "SSDPS", 5, d.PlusDays(-25), d.PlusDays(-25))
                .Reserved(d.PlusDays(-4), lead: 10) with { PreferredMpnId = DemoIdentities.ProsewareMpnId },
            Story(DemoVouchers.ReservationCancelled, "S-EDPS", 5, d.PlusDays(-50), d.PlusDays(-50))
                .Reserved(d.PlusDays(-40), lead: 30) with
            {
                CancelledOn = d.PlusDays(-30),
                PreferredMpnId = DemoIdentities.NorthwindMpnId,
            },
            Backward(Story(DemoVouchers.SavbRegistrationPending, "SSDPS", 10, d, d), reportedOn: d.PlusDays(-12), k: 9) with
            {
                RedeemedOn = d.PlusDays(-10),
                PreferredMpnId = DemoIdentities.ProsewareMpnId,
            },
            Story(DemoVouchers.Expired, "DDPS", 3, d.PlusDays(-Life - 30), d.PlusDays(-Life - 30)),
            Backward(Story(DemoVouchers.Paid, "DDPS", 5, d, d), reportedOn: d.PlusDays(-32), k: 2) with
            {
                RedeemedOn = d.PlusDays(-30),
                PaymentRequestedOn = d.PlusDays(-20),
                PaidOn = d.PlusDays(-5),
                PreferredMpnId = DemoIdentities.WoodgroveMpnId,
            },
        ];
    }

    private DemoStory Generated(int i, string number, LocalDate d)
    {
        var offerings = catalogue.Offerings;
        var lengths = calendar.AllowedLengths;
        var offering = offerings[i % offerings.Count].Acronym;
        var days = lengths[i / offerings.Count % lengths.Count];
        var customer = DemoCustomers.WithVouchers[i * 5 % DemoCustomers.WithVouchers.Count];
        var k = (i * 53) + 17;
        var story = new DemoStory(number, customer.AgreementNumber, offering, days, d, d)
        {
            ProjectManager = ProjectManagers[i * 3 % ProjectManagers.Length],
        };

        switch (ArcCycle[i % ArcCycle.Length])
        {
            case Arc.AssignedAlive:
                return Assigned(story, d.PlusDays(-(k % 170)), k);
            case Arc.AssignedExpired:
                return Assigned(story, d.PlusDays(-Life - 5 - (k % 150)), k);
            case Arc.ReservedAlive:
            {
                var assigned = d.PlusDays(-10 - (k % 120));
                var reserved = assigned.PlusDays(2 + (k % 7));
                return Assigned(story, assigned, k).Reserved(reserved, lead: Period.DaysBetween(reserved, d) + 3 + (k % 25));
            }

            case Arc.ReservedExpired:
            {
                var assigned = d.PlusDays(-Life - 20 - (k % 120));
                return Assigned(story, assigned, k).Reserved(assigned.PlusDays(3 + (k % 10)), lead: 7);
            }

            case Arc.DeliveredAlive:
                return Forward(Assigned(story, d.PlusDays(-40 - (k % 100)), k), k);
            case Arc.DeliveredExpired:
                return Forward(Assigned(story, d.PlusDays(-Life - 40 - (k % 100)), k), k);
            case Arc.RedeemedWindowOpen:
                return Redeemed(story, d.PlusDays(-(k % 50)), k);
            case Arc.RedeemedWindowClosed:
                return Redeemed(story, d.PlusDays(-calendar.PaymentWindowDays - 5 - (k % 100)), k);
            case Arc.PaymentRequested:
            {
                var requested = d.PlusDays(-(k % 40));
                return Redeemed(story, requested.PlusDays(-5 - (k % 40)), k) with { PaymentRequestedOn = requested };
            }

            case Arc.Paid:
                return Paid(story, d.PlusDays(-(k % 60)), k);
            case Arc.PaidLastYear:
                return Paid(story, d.PlusDays(-200 - (k % 80)), k);
            default:
            {
                var assigned = d.PlusDays(-30 - (k % 100));
                var reserved = assigned.PlusDays(3);
                return Assigned(story, assigned, k).Reserved(reserved, lead: 20) with { CancelledOn = reserved.PlusDays(5 + (k % 10)) };
            }
        }
    }

    private static DemoStory Story(DemoVoucher voucher, string offering, int days, LocalDate createdOn, LocalDate assignedOn) =>
        new(voucher.Number, voucher.AgreementNumber, offering, days, createdOn, assignedOn) { ProjectManager = ProjectManagers[voucher.Number[0] % ProjectManagers.Length] };

    private static DemoStory Assigned(DemoStory story, LocalDate assignedOn, int k) =>
        story with { AssignedOn = assignedOn, CreatedOn = assignedOn.PlusDays(-(k % 3)) };

    /// <summary>Reserved soon after assignment, delivered, and reported delivered a day or three later.</summary>
    private static DemoStory Forward(DemoStory story, int k)
    {
        var reserved = story.Reserved(story.AssignedOn.PlusDays(2 + (k % 5)), lead: 5 + (k % 10));
        return reserved with { ReportedOn = reserved.PlannedEnd.PlusDays(1 + (k % 3)), OffsiteDays = Math.Min(k % 4, story.Days) };
    }

    /// <summary>Reported delivered on <paramref name="reportedOn"/>, with reservation and assignment worked back from it.</summary>
    private static DemoStory Backward(DemoStory story, LocalDate reportedOn, int k)
    {
        var plannedEnd = reportedOn.PlusDays(-1);
        var plannedStart = plannedEnd.PlusDays(-(story.Days - 1));
        var reservedOn = plannedStart.PlusDays(-3 - (k % 6));
        var assignedOn = reservedOn.PlusDays(-2 - (k % 5));
        return story with
        {
            CreatedOn = assignedOn,
            AssignedOn = assignedOn,
            ReservedOn = reservedOn,
            PlannedStart = plannedStart,
            PlannedEnd = plannedEnd,
            ReportedOn = reportedOn,
            OffsiteDays = Math.Min(k % 4, story.Days),
        };
    }

    private static DemoStory Redeemed(DemoStory story, LocalDate redeemedOn, int k) =>
        Backward(story, redeemedOn.PlusDays(-(k % 4)), k) with { RedeemedOn = redeemedOn };

    private static DemoStory Paid(DemoStory story, LocalDate paidOn, int k)
    {
        var requested = paidOn.PlusDays(-10 - (k % 20));
        return Redeemed(story, requested.PlusDays(-3 - (k % 30)), k) with { PaymentRequestedOn = requested, PaidOn = paidOn };
    }

    private static LocalDate Later(LocalDate a, LocalDate b) => a > b ? a : b;
}
