using System.Globalization;
using System.Text.Json.Nodes;
using BotRuntime.Schema;
using NodaTime;
using PlanningServicesBot.Cards;
using PlanningServicesBot.Domain.Customers;
using PlanningServicesBot.Domain.Deadlines;
using PlanningServicesBot.Domain.Vouchers;
using PlanningServicesBot.Localization;

namespace PlanningServicesBot.Journeys.Delivery;

/// <summary>The redemption cards: the confirmation listing the vouchers, and what was redeemed (with its payment deadline) and what was not (with why).</summary>
public sealed class RedeemCards(BotCards cards, BotText text, DeliveryFacts facts)
{
    /// <summary>A one-line description of a delivered voucher for the picker, saying when its redemption window closed if it did.</summary>
    public string PickerLine(Voucher voucher, IReadOnlyDictionary<string, Customer?> customers, Instant now, UserTime userTime)
    {
        var redeem = facts.Deadline(voucher, DeadlineKind.Redeem, now)!;
        return text.Format(
            redeem.HasPassed ? "Redeem.PickerLineClosed" : "Redeem.PickerLine",
            voucher.Number.Value,
            DeliveryFacts.CustomerName(voucher, customers),
            facts.ShortOffering(voucher),
            redeem.HasPassed ? userTime.Day(redeem.LastDay) : facts.Due(redeem, userTime));
    }

    /// <param name="vouchers">The vouchers to redeem.</param>
    /// <param name="customers">Their customers, for the vouchers the company holds; another partner's voucher shows only its number.</param>
    /// <param name="heldByCompany">Whether the user's company holds the voucher.</param>
    public JsonObject Confirm(IReadOnlyList<Voucher> vouchers, IReadOnlyDictionary<string, Customer?> customers, Func<Voucher, bool> heldByCompany, string opId, Instant now, UserTime userTime) =>
        cards.Expand(CardNames.RedeemConfirm, new JsonObject
        {
            ["t"] = DeliveryFacts.Texts(new Dictionary<string, string>
            {
                ["title"] = vouchers.Count == 1
                    ? text.Format("Redeem.Confirm.TitleOne", vouchers[0].Number.Value)
                    : text.Format("Redeem.Confirm.TitleMany", vouchers.Count.ToString(CultureInfo.CurrentCulture)),
                ["intro"] = text["Redeem.Confirm.Intro"],
                ["note"] = text.Format("Redeem.Confirm.Note", facts.PaymentWindowDays),
                ["confirm"] = text["Redeem.Confirm.Redeem"],
                ["decline"] = text["Redeem.Confirm.Decline"],
            }),
            ["vouchers"] = DeliveryFacts.List(vouchers.Select(v => (JsonNode)new JsonObject
            {
                ["number"] = v.Number.Value,
                ["facts"] = DeliveryFacts.List(heldByCompany(v) ? ConfirmFacts(v, customers, now, userTime) : []),
            })),
            ["numbers"] = string.Join(",", vouchers.Select(v => v.Number.Value)),
            ["versions"] = new JsonObject(vouchers.Select(v =>
                KeyValuePair.Create(v.Number.Value, (JsonNode?)v.Version.ToString(CultureInfo.InvariantCulture)))),
            ["opId"] = opId,
        });

    /// <param name="redeemed">The vouchers the domain redeemed.</param>
    /// <param name="refused">The vouchers it did not redeem, each with every reason in words.</param>
    /// <param name="whoCan">Who at the company may redeem, when the user's role may not; else null.</param>
    public Attachment Redeemed(
        IReadOnlyList<Voucher> redeemed, IReadOnlyList<(string Number, IReadOnlyList<string> Reasons)> refused, string? whoCan, Instant now, UserTime userTime)
    {
        var total = redeemed.Count + refused.Count;
        var title = refused.Count == 0
            ? redeemed.Count == 1
                ? text.Format("Redeem.Done.TitleOne", redeemed[0].Number.Value)
                : text.Format("Redeem.Done.TitleAll", redeemed.Count.ToString(CultureInfo.CurrentCulture))
            : redeemed.Count == 0
                ? text["Redeem.Done.TitleNone"]
                : text.Format("Redeem.Done.TitleSome", redeemed.Count.ToString(CultureInfo.CurrentCulture), total.ToString(CultureInfo.CurrentCulture));
        return cards.Render(CardNames.VouchersRedeemed, new JsonObject
        {
            ["t"] = DeliveryFacts.Texts(new Dictionary<string, string>
            {
                ["title"] = title,
                ["redeemedTitle"] = text["Redeem.Done.RedeemedTitle"],
                ["refusedTitle"] = text["Redeem.Done.RefusedTitle"],
                ["next"] = text.Format("Redeem.Done.Next", facts.PaymentWindowDays),
                ["zoneNote"] = facts.ZoneNote(userTime),
                ["payment"] = text["Menu.Payment"],
                ["menu"] = text["Common.Menu"],
            }),
            ["redeemed"] = DeliveryFacts.List(redeemed.Select(v => (JsonNode)new JsonObject
            {
                ["number"] = v.Number.Value,
                ["due"] = facts.Deadline(v, DeadlineKind.RequestPayment, now) is { } payment ? facts.Due(payment, userTime) : string.Empty,
            })),
            ["refused"] = DeliveryFacts.List(refused.Select(r => (JsonNode)new JsonObject
            {
                ["number"] = r.Number,
                ["reasons"] = DeliveryFacts.List(r.Reasons.Select(reason => (JsonNode)new JsonObject { ["text"] = reason })),
            })),
            ["whoCan"] = whoCan ?? string.Empty,
            ["opId"] = JourneyDialog.NewOperationId(),
        });
    }

    private IEnumerable<JsonNode> ConfirmFacts(Voucher voucher, IReadOnlyDictionary<string, Customer?> customers, Instant now, UserTime userTime)
    {
        yield return DeliveryFacts.Fact(text["Delivery.Fact.Customer"], DeliveryFacts.CustomerName(voucher, customers));
        yield return DeliveryFacts.Fact(text["Delivery.Fact.Offering"], facts.Offering(voucher));
        yield return DeliveryFacts.Fact(text["Redeem.Fact.Report"], voucher.CompletionReport is { } report
            ? text.Format("Redeem.Fact.ReportSubmitted", userTime.Day(report.SubmittedOn))
            : text["Redeem.Fact.ReportMissing"]);
        if (facts.Deadline(voucher, DeadlineKind.Redeem, now) is { } redeem)
        {
            yield return DeliveryFacts.Fact(text["Deadline.Redeem"], facts.Due(redeem, userTime));
        }
    }
}
