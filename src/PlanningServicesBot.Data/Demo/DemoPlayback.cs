using NodaTime;
using PlanningServicesBot.Domain;
using PlanningServicesBot.Domain.Abstractions;
using PlanningServicesBot.Domain.Actors;
using PlanningServicesBot.Domain.Calendar;
using PlanningServicesBot.Domain.Catalogue;
using PlanningServicesBot.Domain.Customers;
using PlanningServicesBot.Domain.Deadlines;
using PlanningServicesBot.Domain.Operations;
using PlanningServicesBot.Domain.Partners;
using PlanningServicesBot.Domain.Vouchers;

namespace PlanningServicesBot.Data.Demo;

/// <summary>
/// Plays the cast demo stories day by day through the program's own rules (<see cref="VoucherLifecycle"/>,
/// <see cref="SavbRegistrationRule"/>), in memory, and records each accepted step as the <see cref="VoucherChange"/>
/// <see cref="VoucherOperations"/> would have committed. Any refusal is a fault in the demo data and throws.
/// </summary>
internal sealed class DemoPlayback(ProgramCalendar calendar, ProgramCatalogue catalogue)
{
    private static readonly Duration StartOfWorkingDay = Duration.FromHours(9);
    private static readonly Actor PaymentFeed = new SystemActor("savb-payments");

    private readonly VoucherLifecycle lifecycle = new(calendar, catalogue);
    private readonly DeadlineCalendar deadlines = new(calendar);

    public DemoRecording Play(
        IReadOnlyList<(DemoStory Story, DemoCast? Cast)> stories, IReadOnlyList<DemoPartner> demoPartners, IReadOnlyList<Customer> openingCustomers)
    {
        var world = new World(
            demoPartners.ToDictionary(p => p.Partner.MpnId, p => p.Partner, StringComparer.Ordinal),
            openingCustomers.ToDictionary(c => c.AgreementNumber, StringComparer.Ordinal));
        var steps = stories.SelectMany((s, index) => StepsOf(index, s.Story, s.Cast))
            .Concat(SavbRegistrations(stories))
            .OrderBy(s => s.On).ThenBy(s => s.Phase).ThenBy(s => s.Order)
            .ToList();
        for (var i = 0; i < steps.Count; i++)
        {
            world.Now = calendar.StartOf(steps[i].On) + StartOfWorkingDay + Duration.FromSeconds(i);
            world.Today = steps[i].On;
            steps[i].Run(world);
        }

        return new DemoRecording(world.Changes, world.Registrations);
    }

    private IEnumerable<Step> StepsOf(int index, DemoStory story, DemoCast? cast)
    {
        var number = new VoucherNumber(story.Number);
        yield return new(story.AssignedOn, 0, index, world =>
        {
            var customer = world.Customers[story.AgreementNumber];
            var command = new IssueVoucher(number, customer.AgreementNumber, story.Offering, story.Days, story.CreatedOn, story.AssignedOn, story.ProjectManager);
            var next = Accepted(story, "issue", lifecycle.Issue(world.Vouchers.GetValueOrDefault(story.Number), customer, new CustomerActor(customer.AgreementNumber), command, world.Today));
            world.Customers[customer.AgreementNumber] = customer with { DaysBalance = customer.DaysBalance - next.Days };
            world.Record(story, "issue", new CustomerActor(customer.AgreementNumber), null, next, VoucherTransition.Issue, deadlines, new CustomerDebit(customer.AgreementNumber, next.Days));
        });

        if (cast is null || story.ReservedOn is not { } reservedOn)
        {
            yield break;
        }

        var mpnId = cast.Partner.Partner.MpnId;
        var admin = DemoIdentities.For(mpnId, index % 2 == 0 ? PartnerRole.GlobalAdmin : PartnerRole.MpnPartnerAdmin).ToActor();
        var consultantUser = DemoIdentities.For(mpnId, PartnerRole.Consultant).ToActor();
        yield return new(reservedOn, 1, index, world =>
        {
            var current = world.Vouchers[story.Number];
            var next = story.RetiredEngagementId is { } retired
                ? RetiredReservation(current, story, cast, retired, world.Today)
                : Accepted(story, "reserve", lifecycle.Reserve(current, world.Customers[story.AgreementNumber], world.Partners[mpnId], admin,
                    new ReserveVoucher(number, world.Customers[story.AgreementNumber].VoucherAdminEmail, cast.EngagementId, cast.Location.LocationId,
                        cast.Consultant.ConsultantId, cast.Location.CountryCode, story.PlannedStart, story.PlannedEnd, story.RemoteDelivery),
                    world.Today));
            world.Record(story, "reserve", admin, current, next, VoucherTransition.Reserve, deadlines);
        });

        if (story.CancelledOn is { } cancelledOn)
        {
            yield return new(cancelledOn, 2, index, world => world.Transition(story, "cancel", admin, VoucherTransition.CancelReservation, deadlines,
                current => lifecycle.CancelReservation(current, admin, world.Today)));
        }

        if (story.ReportedOn is { } reportedOn)
        {
            var report = new SubmitCompletionReport(number, story.PlannedStart, story.PlannedEnd, cast.Consultant.ConsultantId, story.OffsiteDays,
                CompletionReportConfirmed: true, CustomerDeliverableConfirmed: true, Summary(story, cast));
            yield return new(reportedOn, 3, index, world => world.Transition(story, "report", consultantUser, VoucherTransition.SubmitCompletionReport, deadlines,
                current => lifecycle.SubmitCompletionReport(current, world.Partners[mpnId], consultantUser, report, world.Today)));
        }

        if (story.RedeemedOn is { } redeemedOn)
        {
            yield return new(redeemedOn, 4, index, world => world.Transition(story, "redeem", admin, VoucherTransition.Redeem, deadlines,
                current => lifecycle.Redeem(current, admin, world.Today)));
        }

        if (story.PaymentRequestedOn is { } requestedOn)
        {
            var request = new RequestPayment(number, "SAVB-" + story.Number.Replace("-", "", StringComparison.Ordinal));
            yield return new(requestedOn, 6, index, world => world.Transition(story, "request-payment", admin, VoucherTransition.RequestPayment, deadlines,
                current => lifecycle.RequestPayment(current, world.Partners[mpnId], admin, request, world.Today)));
        }

        if (story.PaidOn is { } paidOn)
        {
            yield return new(paidOn, 7, index, world => world.Transition(story, "mark-paid", PaymentFeed, VoucherTransition.MarkPaid, deadlines,
                current => lifecycle.MarkPaid(current, PaymentFeed, world.Today)));
        }
    }

    /// <summary>Each partner's global admin registers in SAVB for an offering on the day of the partner's first redemption in it.</summary>
    private IEnumerable<Step> SavbRegistrations(IReadOnlyList<(DemoStory Story, DemoCast? Cast)> stories)
    {
        var firstRedemptions = stories
            .Where(s => s.Cast is not null && s.Story.RedeemedOn is not null && s.Cast.Partner.SavbOfferings.Contains(s.Story.Offering))
            .GroupBy(s => (s.Cast!.Partner.Partner.MpnId, s.Story.Offering))
            .Select(g => (g.Key.MpnId, g.Key.Offering, On: g.Min(s => s.Story.RedeemedOn!.Value)))
            .OrderBy(r => r.MpnId, StringComparer.Ordinal).ThenBy(r => r.Offering, StringComparer.Ordinal)
            .ToList();
        return firstRedemptions.Select((r, order) => new Step(r.On, 5, order, world =>
        {
            var partner = world.Partners[r.MpnId];
            var decision = SavbRegistrationRule.Register(partner, DemoIdentities.For(r.MpnId, PartnerRole.GlobalAdmin).ToActor(), r.Offering,
                world.Vouchers.Values.Where(v => v.PartnerMpnId == r.MpnId), catalogue, world.Today);
            var registration = decision.Value ?? throw new InvalidOperationException(
                $"Demo partner {r.MpnId} could not register in SAVB for {r.Offering}: {string.Join(", ", decision.Refusals)}");
            world.Partners[r.MpnId] = partner with { SavbRegistrations = [.. partner.SavbRegistrations, registration] };
            world.Registrations.Add((r.MpnId, registration));
        }));
    }

    /// <summary>
    /// A reservation made before its cloud engagement was retired. Today's reservation rule refuses retired engagements,
    /// so this one is recorded as the change it was, with the same shape, audit entry and key as every other.
    /// </summary>
    private static Voucher RetiredReservation(Voucher current, DemoStory story, DemoCast cast, string engagementId, LocalDate today) =>
        current with
        {
            State = VoucherState.Reserved,
            Version = current.Version + 1,
            Reservation = new Reservation(cast.Partner.Partner.MpnId, engagementId, cast.Location.LocationId, cast.Consultant.ConsultantId,
                cast.Location.CountryCode, story.PlannedStart, story.PlannedEnd, story.RemoteDelivery, today),
        };

    private static Voucher Accepted(DemoStory story, string step, Decision<Voucher> decision) =>
        decision.Value ?? throw new InvalidOperationException(
            $"Demo voucher {story.Number}: the program refused to {step}: {string.Join(", ", decision.Refusals)}");

    private string Summary(DemoStory story, DemoCast cast) =>
        $"{catalogue.FindEngagement(cast.EngagementId)?.Name ?? cast.EngagementId}: {story.Days}-day planning engagement " +
        $"led by {cast.Consultant.Name}; findings and recommendations handed to {story.ProjectManager}.";

    /// <summary>One step of one story, on its day; <see cref="Phase"/> orders the steps of a day as the lifecycle does.</summary>
    private sealed record Step(LocalDate On, int Phase, int Order, Action<World> Run);

    /// <summary>The demo world as the story has made it so far.</summary>
    private sealed class World(Dictionary<string, Partner> partners, Dictionary<string, Customer> customers)
    {
        public Dictionary<string, Partner> Partners { get; } = partners;

        public Dictionary<string, Customer> Customers { get; } = customers;

        public Dictionary<string, Voucher> Vouchers { get; } = new(StringComparer.Ordinal);

        public List<VoucherChange> Changes { get; } = [];

        public List<(string MpnId, SavbRegistration Registration)> Registrations { get; } = [];

        public Instant Now { get; set; }

        public LocalDate Today { get; set; }

        public void Transition(
            DemoStory story, string step, Actor actor, VoucherTransition transition, DeadlineCalendar deadlines, Func<Voucher, Decision<Voucher>> decide)
        {
            var current = Vouchers[story.Number];
            Record(story, step, actor, current, Accepted(story, step, decide(current)), transition, deadlines);
        }

        public void Record(
            DemoStory story, string step, Actor actor, Voucher? current, Voucher next, VoucherTransition transition, DeadlineCalendar deadlines,
            CustomerDebit? debit = null)
        {
            var key = new OperationKey($"demo:{story.Number}:{step}");
            Changes.Add(new VoucherChange(
                current?.State,
                current?.Version ?? 0,
                next,
                deadlines.NextDueDay(next),
                debit,
                new VoucherAuditEntry(actor.AuditId, Now, next.Number, current?.State, next.State, transition, key.Value),
                key,
                OperationOutcomeJson.Serialize(new Succeeded(next, AlreadyDone: false))));
            Vouchers[story.Number] = next;
        }
    }
}
