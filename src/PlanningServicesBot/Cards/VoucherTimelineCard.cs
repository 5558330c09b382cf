using System.Globalization;
using System.Text.Json.Nodes;
using BotRuntime.Schema;
using NodaTime;
using PlanningServicesBot.Domain.Catalogue;
using PlanningServicesBot.Domain.Customers;
using PlanningServicesBot.Domain.Deadlines;
using PlanningServicesBot.Domain.Vouchers;
using PlanningServicesBot.Localization;
using PlanningServicesBot.Presentation;

namespace PlanningServicesBot.Cards;

/// <summary>A voucher's eight program steps as done / current / pending, with their days in the user's zone.</summary>
public sealed class VoucherTimelineCard(BotCards cards, BotText text, ProgramCatalogue catalogue, VoucherSteps steps)
{
    public Attachment Render(Voucher voucher, Customer? customer, Instant now, UserTime userTime)
    {
        var offering = catalogue.FindOffering(voucher.Offering) is { } o ? $"{o.Name} ({o.Acronym})" : voucher.Offering;
        return cards.Render(CardNames.VoucherTimeline, new JsonObject
        {
            ["t"] = new JsonObject
            {
                ["title"] = text.Format("VoucherTimeline.Title", voucher.Number.Value, customer?.Name ?? voucher.AgreementNumber),
                ["subtitle"] = text.Format("VoucherTimeline.Subtitle", offering, voucher.Days.ToString(CultureInfo.CurrentCulture)),
                ["zoneNote"] = text.Format("Status.Card.ZoneNote", userTime.Zone.Id),
                ["myVouchers"] = text["Menu.MyVouchers"],
                ["menu"] = text["Common.Menu"],
            },
            ["steps"] = new JsonArray(steps.For(voucher, now).Select(step => (JsonNode)Row(step, userTime)).ToArray()),
        });
    }

    private JsonObject Row(VoucherStep step, UserTime userTime) => new()
    {
        ["symbol"] = text[$"VoucherTimeline.Symbol.{step.State}"],
        ["name"] = text.Format("VoucherTimeline.StepName", step.Number.ToString(CultureInfo.CurrentCulture), text[$"VoucherTimeline.Step{step.Number}"]),
        ["detail"] = step switch
        {
            { DoneOn: { } day } => text.Format("VoucherTimeline.DoneOn", userTime.Day(day)),
            { State: VoucherStepState.Missed } => text["VoucherTimeline.Missed"],
            { Deadline: { } deadline } => text.Format(
                step.State == VoucherStepState.Current ? "VoucherTimeline.CurrentBy" : "VoucherTimeline.PendingBy",
                userTime.LastMinuteBefore(deadline.EndsAt),
                DaysLeft(deadline)),
            { State: VoucherStepState.Current } => text["VoucherTimeline.CurrentNoDeadline"],
            _ => text[$"VoucherTimeline.Pending{(step.Number == 8 ? "Payment" : string.Empty)}"],
        },
        ["current"] = step.State == VoucherStepState.Current,
    };

    public string DaysLeft(Deadline deadline) => deadline.DaysLeft switch
    {
        < 0 => text["Deadline.DaysLeft.Passed"],
        0 => text["Deadline.DaysLeft.Zero"],
        1 => text["Deadline.DaysLeft.One"],
        var n => text.Format("Deadline.DaysLeft.Many", n.ToString(CultureInfo.CurrentCulture)),
    };
}
