using System.Globalization;
using System.Text.Json.Nodes;
using BotRuntime.Schema;
using NodaTime;
using PlanningServicesBot.Cards;
using PlanningServicesBot.Domain.Deadlines;
using PlanningServicesBot.Domain.Partners;
using PlanningServicesBot.Domain.Vouchers;
using PlanningServicesBot.Localization;

namespace PlanningServicesBot.Journeys.Delivery;

/// <summary>The completion report form and the submitted report, as cards.</summary>
public sealed class CompletionReportCards(BotCards cards, BotText text, DeliveryFacts facts)
{
    /// <summary>The form for a voucher; <paramref name="customerName"/> is null for a voucher the company does not hold, which shows only its number.</summary>
    public JsonObject Form(Voucher voucher, string? customerName, IEnumerable<Consultant> consultants, string opId, Instant now, UserTime userTime)
    {
        var shown = new List<JsonNode> { DeliveryFacts.Fact(text["Delivery.Fact.Voucher"], voucher.Number.Value) };
        if (customerName is not null && voucher.Reservation is { } reservation)
        {
            shown.Add(DeliveryFacts.Fact(text["Delivery.Fact.Customer"], customerName));
            shown.Add(DeliveryFacts.Fact(text["Delivery.Fact.Offering"], facts.Offering(voucher)));
            shown.Add(DeliveryFacts.Fact(text["CompletionReport.Fact.Planned"], facts.Period(reservation.PlannedStart, reservation.PlannedEnd, userTime)));
            if (facts.Deadline(voucher, DeadlineKind.Deliver, now) is { } deliver)
            {
                shown.Add(DeliveryFacts.Fact(text["Deadline.Deliver"], facts.Due(deliver, userTime)));
            }
        }

        return cards.Expand(CardNames.CompletionReportForm, new JsonObject
        {
            ["t"] = DeliveryFacts.Texts(new Dictionary<string, string>
            {
                ["title"] = text.Format("CompletionReport.Form.Title", voucher.Number.Value),
                ["intro"] = text["CompletionReport.Form.Intro"],
                ["deliveryStart"] = text["CompletionReport.Form.Start"],
                ["deliveryStartRequired"] = text["CompletionReport.Form.StartRequired"],
                ["deliveryEnd"] = text["CompletionReport.Form.End"],
                ["deliveryEndRequired"] = text["CompletionReport.Form.EndRequired"],
                ["consultant"] = text["CompletionReport.Form.Consultant"],
                ["consultantRequired"] = text["CompletionReport.Form.ConsultantRequired"],
                ["consultantPlaceholder"] = text["CompletionReport.Form.ConsultantPlaceholder"],
                ["offsiteDays"] = text["CompletionReport.Form.OffsiteDays"],
                ["offsiteDaysRequired"] = text["CompletionReport.Form.OffsiteDaysRequired"],
                ["completionReportLabel"] = text["CompletionReport.Form.CompletionReportLabel"],
                ["completionReportDone"] = text["CompletionReport.Form.CompletionReportDone"],
                ["customerDeliverableLabel"] = text["CompletionReport.Form.CustomerDeliverableLabel"],
                ["customerDeliverableDone"] = text["CompletionReport.Form.CustomerDeliverableDone"],
                ["summary"] = text["CompletionReport.Form.Summary"],
                ["summaryPlaceholder"] = text["CompletionReport.Form.SummaryPlaceholder"],
                ["summaryRequired"] = text["CompletionReport.Form.SummaryRequired"],
                ["submit"] = text["CompletionReport.Form.Submit"],
            }),
            ["facts"] = DeliveryFacts.List(shown),
            ["consultants"] = DeliveryFacts.List(consultants.Select(c => (JsonNode)new JsonObject
            {
                ["title"] = text.Format("Delivery.ConsultantValue", c.Name, c.ConsultantId),
                ["value"] = c.ConsultantId,
            })),
            ["maxSummaryLength"] = CompletionReportForm.MaxSummaryLength,
            ["opId"] = opId,
            ["voucherVersion"] = voucher.Version.ToString(CultureInfo.InvariantCulture),
            ["voucher"] = voucher.Number.Value,
        });
    }

    /// <summary>The report as the domain accepted it, and what comes next: redemption by the voucher's last day.</summary>
    public Attachment Submitted(Voucher voucher, string customerName, Partner? partner, bool canRedeem, Instant now, UserTime userTime)
    {
        var report = voucher.CompletionReport!;
        var consultant = partner?.FindConsultant(report.ConsultantId);
        var redeem = facts.Deadline(voucher, DeadlineKind.Redeem, now);
        var shown = new List<JsonNode>
        {
            DeliveryFacts.Fact(text["Delivery.Fact.Customer"], customerName),
            DeliveryFacts.Fact(text["Delivery.Fact.Offering"], facts.Offering(voucher)),
            DeliveryFacts.Fact(text["CompletionReport.Fact.Delivered"], facts.Period(report.DeliveryStart, report.DeliveryEnd, userTime)),
            DeliveryFacts.Fact(text["CompletionReport.Fact.Consultant"], consultant is null ? report.ConsultantId : text.Format("Delivery.ConsultantValue", consultant.Name, consultant.ConsultantId)),
            DeliveryFacts.Fact(text["CompletionReport.Fact.OffsiteDays"], report.OffsiteDays.ToString(CultureInfo.CurrentCulture)),
            DeliveryFacts.Fact(text["CompletionReport.Form.CompletionReportLabel"], text[report.CompletionReportConfirmed ? "CompletionReport.Fact.Confirmed" : "CompletionReport.Fact.NotConfirmed"]),
            DeliveryFacts.Fact(text["CompletionReport.Form.CustomerDeliverableLabel"], text[report.CustomerDeliverableConfirmed ? "CompletionReport.Fact.HandedOver" : "CompletionReport.Fact.NotConfirmed"]),
            DeliveryFacts.Fact(text["CompletionReport.Fact.SubmittedOn"], userTime.Day(report.SubmittedOn)),
            DeliveryFacts.Fact(text["Delivery.Fact.Status"], facts.State(voucher, now)),
        };

        return cards.Render(CardNames.CompletionReportSubmitted, new JsonObject
        {
            ["t"] = DeliveryFacts.Texts(new Dictionary<string, string>
            {
                ["title"] = text.Format("CompletionReport.Submitted.Title", voucher.Number.Value),
                ["summary"] = text["CompletionReport.Form.Summary"],
                ["next"] = redeem is { HasPassed: false }
                    ? text.Format("CompletionReport.Submitted.Next", facts.Due(redeem, userTime))
                    : text["CompletionReport.Submitted.NextClosed"],
                ["zoneNote"] = facts.ZoneNote(userTime),
                ["redeem"] = text["Menu.Redeem"],
                ["menu"] = text["Common.Menu"],
            }),
            ["facts"] = DeliveryFacts.List(shown),
            ["summary"] = report.Summary,
            ["canRedeem"] = canRedeem && redeem is { HasPassed: false },
            ["voucher"] = voucher.Number.Value,
            ["opId"] = JourneyDialog.NewOperationId(),
        });
    }
}
