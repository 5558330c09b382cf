using System.Globalization;
using System.Text.Json.Nodes;
using BotRuntime.Schema;
using NodaTime;
using PlanningServicesBot.Domain.Calendar;
using PlanningServicesBot.Domain.Catalogue;
using PlanningServicesBot.Domain.Deadlines;
using PlanningServicesBot.Domain.Vouchers;
using PlanningServicesBot.Localization;

namespace PlanningServicesBot.Cards;

/// <summary>The customer's view of one voucher: where it stands and the deadlines still ahead, in their zone.</summary>
public sealed class VoucherStatusCard(BotCards cards, BotText text, ProgramCalendar calendar, ProgramCatalogue catalogue, DeadlineCalendar deadlines)
{
    public Attachment Render(Voucher voucher, Instant now, UserTime userTime)
    {
        var status = voucher.StatusOn(calendar.Today(now), calendar);
        var ahead = status == VoucherStatus.Expired
            ? []
            : deadlines.For(voucher, now).Where(d => !d.HasPassed).ToList();

        return cards.Render(CardNames.VoucherStatus, new JsonObject
        {
            ["t"] = new JsonObject
            {
                ["title"] = text.Format("Status.Card.Title", voucher.Number.Value),
                ["stateLabel"] = text["Status.Card.State"],
                ["offeringLabel"] = text["Status.Card.Offering"],
                ["daysLabel"] = text["Status.Card.Days"],
                ["assignedLabel"] = text["Status.Card.Assigned"],
                ["deadlinesTitle"] = text["Status.Card.Deadlines"],
                ["noDeadlines"] = text["Status.Card.NoDeadlines"],
                ["zoneNote"] = text.Format("Status.Card.ZoneNote", userTime.Zone.Id),
                ["checkAnother"] = text["Status.Card.CheckAnother"],
                ["menu"] = text["Common.Menu"],
            },
            ["state"] = text[$"State.{status}"],
            ["offering"] = catalogue.FindOffering(voucher.Offering) is { } offering
                ? $"{offering.Name} ({offering.Acronym})"
                : voucher.Offering,
            ["days"] = voucher.Days.ToString(CultureInfo.CurrentCulture),
            ["assigned"] = userTime.Day(voucher.AssignedOn),
            ["deadlines"] = new JsonArray(ahead.Select(d => (JsonNode)DeadlineRow(d, userTime)).ToArray()),
        });
    }

    private JsonObject DeadlineRow(Deadline deadline, UserTime userTime) => new()
    {
        ["label"] = text[$"Deadline.{deadline.Kind}"],
        ["due"] = userTime.LastMinuteBefore(deadline.EndsAt),
        ["left"] = deadline.DaysLeft switch
        {
            0 => text["Deadline.DaysLeft.Zero"],
            1 => text["Deadline.DaysLeft.One"],
            var n => text.Format("Deadline.DaysLeft.Many", n.ToString(CultureInfo.CurrentCulture)),
        },
    };
}
