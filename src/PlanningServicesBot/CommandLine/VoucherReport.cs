using System.Globalization;
using NodaTime;
using NodaTime.Text;
using PlanningServicesBot.Domain.Abstractions;
using PlanningServicesBot.Domain.Actors;
using PlanningServicesBot.Domain.Calendar;
using PlanningServicesBot.Domain.Catalogue;
using PlanningServicesBot.Domain.Customers;
using PlanningServicesBot.Domain.Deadlines;
using PlanningServicesBot.Domain.Partners;
using PlanningServicesBot.Domain.Vouchers;
using Spectre.Console;

namespace PlanningServicesBot.CommandLine;

/// <summary>A voucher for an operator: its facts, the program steps it went through, its audit log and its deadlines, in the program zone.</summary>
internal sealed class VoucherReport(ProgramCalendar calendar, ProgramCatalogue catalogue, Instant now)
{
    private static readonly LocalDateTimePattern Moment = LocalDateTimePattern.CreateWithInvariantCulture("yyyy-MM-dd HH:mm");

    public void Write(IAnsiConsole console, Voucher voucher, Customer? customer, Partner? partner, IReadOnlyList<VoucherAuditEntry> audit)
    {
        var today = calendar.Today(now);
        console.Write(new Rule($"Voucher {voucher.Number}").LeftJustified());
        console.Write(Facts(voucher, customer, partner, today));
        console.Write(Steps(voucher, partner));
        if (audit.Count > 0)
        {
            console.Write(AuditLog(audit, partner));
        }

        var deadlines = new DeadlineCalendar(calendar).For(voucher, now);
        if (deadlines.Count == 0)
        {
            console.WriteLine($"No deadlines left: payment was {(voucher.State == VoucherState.Paid ? "made" : "requested")}.");
        }
        else
        {
            console.Write(Deadlines(deadlines, today));
        }
    }

    private Table Facts(Voucher voucher, Customer? customer, Partner? partner, LocalDate today)
    {
        var lastDay = voucher.LastDay(calendar);
        var offering = catalogue.FindOffering(voucher.Offering);
        var table = new Table().HideHeaders().AddColumn("Fact").AddColumn("Value");
        Row(table, "Status", $"{voucher.StatusOn(today, calendar)} (as of {Day(today)})");
        Row(table, "Customer", customer is null ? voucher.AgreementNumber : $"{customer.Name} (agreement {customer.AgreementNumber}, {customer.CountryCode})");
        if (customer is not null)
        {
            Row(table, "Voucher admin", customer.VoucherAdminEmail);
        }

        Row(table, "Offering", offering is null ? voucher.Offering : $"{offering.Acronym}, {offering.Name}");
        Row(table, "Length", Invariant($"{voucher.Days} day(s)"));
        Row(table, "Project manager", voucher.ProjectManager);
        Row(table, "Last day", $"{Day(lastDay.Date)} ({RuleText(lastDay.SetBy)})");
        if (voucher.Reservation is { } reservation)
        {
            Row(table, "Partner", partner is null ? reservation.MpnId : $"{partner.Name} (MPN {partner.MpnId})");
            Row(table, "Engagement", EngagementText(reservation.EngagementId));
            Row(table, "Location", $"{reservation.LocationId}, delivered in {reservation.DeliveryCountry}");
            Row(table, "Consultant", ConsultantText(partner, reservation.ConsultantId));
            Row(table, "Planned", $"{Day(reservation.PlannedStart)} to {Day(reservation.PlannedEnd)}{(reservation.RemoteDelivery ? ", fully remote" : "")}");
        }

        if (voucher.CompletionReport is { } report)
        {
            Row(table, "Delivered", Invariant($"{Day(report.DeliveryStart)} to {Day(report.DeliveryEnd)}, {report.OffsiteDays} day(s) off-site, led by {ConsultantText(partner, report.ConsultantId)}"));
            Row(table, "Summary", report.Summary);
        }

        if (voucher.PaymentRequest is { } payment)
        {
            Row(table, "SAVB reference", payment.Reference);
        }

        return table;
    }

    private Table Steps(Voucher voucher, Partner? partner)
    {
        var table = new Table().Title("Steps done").AddColumn("Step").AddColumn("Day").AddColumn("By");
        Row(table, "Created", Day(voucher.CreatedOn), "customer");
        Row(table, "Assigned to the project manager", Day(voucher.AssignedOn), "customer");
        var partnerName = partner?.Name ?? voucher.PartnerMpnId ?? "";
        if (voucher.Reservation is { } reservation)
        {
            Row(table, "Reserved", Day(reservation.ReservedOn), partnerName);
        }

        if (voucher.CompletionReport is { } report)
        {
            Row(table, "Completion report submitted", Day(report.SubmittedOn), partnerName);
        }

        if (voucher.RedeemedOn is { } redeemedOn)
        {
            Row(table, "Redeemed", Day(redeemedOn), partnerName);
        }

        if (voucher.PaymentRequest is { } payment)
        {
            Row(table, "Payment requested in SAVB", Day(payment.RequestedOn), partnerName);
        }

        if (voucher.PaidOn is { } paidOn)
        {
            Row(table, "Paid by Microsoft", Day(paidOn), "Microsoft");
        }

        return table;
    }

    private Table AuditLog(IReadOnlyList<VoucherAuditEntry> audit, Partner? partner)
    {
        var users = (partner?.Users ?? []).ToDictionary(u => PartnerUserActor.For(u).AuditId, u => $"{u.DisplayName} ({u.Role})", StringComparer.Ordinal);
        var table = new Table().Title($"Audit log ({calendar.TimeZone})").AddColumn("When").AddColumn("Change").AddColumn("From").AddColumn("To").AddColumn("Who");
        foreach (var entry in audit)
        {
            Row(table, Moment.Format(entry.At.InZone(calendar.Zone).LocalDateTime), entry.Reason.ToString(), entry.From?.ToString() ?? "", entry.To.ToString(), users.GetValueOrDefault(entry.ActorId, entry.ActorId));
        }

        return table;
    }

    private Table Deadlines(IReadOnlyList<Deadline> deadlines, LocalDate today)
    {
        var table = new Table().Title($"Deadlines on {Day(today)} (program time zone {calendar.TimeZone})")
            .AddColumn("To do").AddColumn("Last day").AddColumn("Ends at").AddColumn("Set by").AddColumn("Days left");
        foreach (var deadline in deadlines)
        {
            Row(table,
                KindText(deadline.Kind),
                Day(deadline.LastDay),
                Moment.Format(deadline.EndsAt.InZone(calendar.Zone).LocalDateTime),
                RuleText(deadline.SetBy),
                deadline.HasPassed ? Invariant($"passed {-deadline.DaysLeft} day(s) ago") : deadline.DaysLeft == 0 ? "today is the last day" : Invariant($"{deadline.DaysLeft}"));
        }

        return table;
    }

    private string EngagementText(string engagementId) =>
        catalogue.FindEngagement(engagementId) is { } engagement ? engagement.Name
        : catalogue.FindRetiredEngagement(engagementId) is { } retired ? $"{retired.Name} (retired on {Day(retired.RetiredOn)})"
        : engagementId;

    private static string ConsultantText(Partner? partner, string consultantId) =>
        partner?.FindConsultant(consultantId) is { } consultant ? $"{consultant.Name} ({consultant.ConsultantId})" : consultantId;

    private static string KindText(DeadlineKind kind) => kind switch
    {
        DeadlineKind.Reserve => "Reserve",
        DeadlineKind.Deliver => "Deliver and submit the completion report",
        DeadlineKind.Redeem => "Redeem",
        _ => "Request payment in SAVB",
    };

    private string RuleText(DeadlineRule rule) => rule switch
    {
        DeadlineRule.VoucherLife => Invariant($"voucher life: assigned + {calendar.VoucherLifeDays} days"),
        DeadlineRule.CovidExtension => Invariant($"COVID-19 extension: assigned + {calendar.VoucherLifeDays + calendar.CovidExtensionDays} days"),
        DeadlineRule.LastRedemptionDay => "the program's last redemption day",
        DeadlineRule.PaymentWindow => Invariant($"payment window: redeemed + {calendar.PaymentWindowDays} days"),
        _ => "the program's last assignment day",
    };

    private static void Row(Table table, params string[] cells) => table.AddRow(cells.Select(c => new Text(c)).ToArray());

    private static string Day(LocalDate day) => LocalDatePattern.Iso.Format(day);

    private static string Invariant(FormattableString text) => text.ToString(CultureInfo.InvariantCulture);
}
