using System.Globalization;
using System.Text.Json.Nodes;
using BotRuntime.Schema;
using NodaTime;
using PlanningServicesBot.Cards;
using PlanningServicesBot.Domain.Catalogue;
using PlanningServicesBot.Domain.Customers;
using PlanningServicesBot.Domain.Deadlines;
using PlanningServicesBot.Domain.Partners;
using PlanningServicesBot.Domain.Vouchers;
using PlanningServicesBot.Localization;

namespace PlanningServicesBot.Journeys.Delivery;

/// <summary>The payment cards: the company's payments, the SAVB registration guidance, the payment request form and a voucher's payment status.</summary>
public sealed class PaymentCards(BotCards cards, BotText text, ProgramCatalogue catalogue, DeliveryFacts facts)
{
    /// <summary>How many paid vouchers the payments card lists, most recent first.</summary>
    public const int PaidShown = 5;

    /// <summary>
    /// The company's redeemed vouchers by urgency (the payment request window closing soonest first, closed windows last),
    /// the ones whose payment was requested, and the most recently paid; and a choice of voucher to go on with.
    /// Returns the card and the vouchers it offers to choose from.
    /// </summary>
    public (JsonObject Card, IReadOnlyList<string> Offered) Payments(
        Partner partner, IReadOnlyList<Voucher> vouchers, IReadOnlyDictionary<string, Customer?> customers, string opId, Instant now, UserTime userTime)
    {
        var toRequest = vouchers.Where(v => v.State == VoucherState.Redeemed)
            .Select(v => (Voucher: v, Window: facts.Deadline(v, DeadlineKind.RequestPayment, now)!))
            .OrderBy(r => r.Window.HasPassed)
            .ThenBy(r => r.Window.HasPassed ? -r.Window.DaysLeft : r.Window.DaysLeft)
            .ThenBy(r => r.Voucher.Number.Value, StringComparer.Ordinal)
            .ToList();
        var requested = vouchers.Where(v => v.State == VoucherState.PaymentRequested)
            .OrderByDescending(v => v.PaymentRequest!.RequestedOn).ThenBy(v => v.Number.Value, StringComparer.Ordinal).ToList();
        var paid = vouchers.Where(v => v.State == VoucherState.Paid)
            .OrderByDescending(v => v.PaidOn).ThenBy(v => v.Number.Value, StringComparer.Ordinal).ToList();
        var paidShown = paid.Take(PaidShown).ToList();

        var choices = toRequest.Select(r => (r.Voucher, What: r.Window.HasPassed
                ? text["Payment.Choice.WindowClosed"]
                : text.Format("Payment.Choice.Request", facts.DaysLeft(r.Window.DaysLeft))))
            .Concat(requested.Select(v => (Voucher: v, What: text["Payment.Choice.Requested"])))
            .Concat(paidShown.Select(v => (Voucher: v, What: text["Payment.Choice.Paid"])))
            .ToList();

        var card = cards.Expand(CardNames.Payments, new JsonObject
        {
            ["t"] = DeliveryFacts.Texts(new Dictionary<string, string>
            {
                ["title"] = text.Format("Payment.List.Title", partner.Name),
                ["toRequestTitle"] = text["Payment.List.ToRequest"],
                ["requestedTitle"] = text["Payment.List.Requested"],
                ["paidTitle"] = text["Payment.List.Paid"],
                ["morePaid"] = paid.Count > paidShown.Count
                    ? text.Format("Payment.List.MorePaid", (paid.Count - paidShown.Count).ToString(CultureInfo.CurrentCulture))
                    : string.Empty,
                ["pick"] = text["Payment.List.Pick"],
                ["pickRequired"] = text["Payment.List.PickRequired"],
                ["pickPlaceholder"] = text["Payment.List.PickPlaceholder"],
                ["zoneNote"] = facts.ZoneNote(userTime),
                ["submit"] = text["Payment.List.Submit"],
            }),
            ["toRequest"] = DeliveryFacts.List(toRequest.Select(r => (JsonNode)new JsonObject
            {
                ["title"] = text.Format("Payment.List.Line", r.Voucher.Number.Value, DeliveryFacts.CustomerName(r.Voucher, customers), facts.ShortOffering(r.Voucher)),
                ["due"] = Window(r.Window, userTime),
                ["closed"] = r.Window.HasPassed,
                ["savb"] = partner.FindSavbRegistration(r.Voucher.Offering) is null
                    ? text.Format("Payment.List.SavbMissing", r.Voucher.Offering)
                    : text.Format("Payment.List.SavbRegistered", r.Voucher.Offering),
            })),
            ["requested"] = DeliveryFacts.List(requested.Select(v => (JsonNode)new JsonObject
            {
                ["number"] = v.Number.Value,
                ["status"] = text.Format("Payment.List.RequestedLine", userTime.Day(v.PaymentRequest!.RequestedOn), v.PaymentRequest.Reference),
            })),
            ["paid"] = DeliveryFacts.List(paidShown.Select(v => (JsonNode)new JsonObject
            {
                ["number"] = v.Number.Value,
                ["status"] = text.Format("Payment.List.PaidLine", userTime.Day(v.PaidOn!.Value), v.PaymentRequest?.Reference ?? string.Empty),
            })),
            ["choices"] = DeliveryFacts.List(choices.Select(c => (JsonNode)new JsonObject
            {
                ["title"] = text.Format("Payment.Choice", c.Voucher.Number.Value, c.What),
                ["value"] = c.Voucher.Number.Value,
            })),
            ["opId"] = opId,
        });
        return (card, choices.Select(c => c.Voucher.Number.Value).ToList());
    }

    /// <summary>Why and how to register the voucher's offering in SAVB, who can, and (for a Global admin) the button to record it.</summary>
    public JsonObject SavbRegistration(Voucher voucher, Partner partner, bool canRegister, string opId)
    {
        var offering = catalogue.FindOffering(voucher.Offering);
        var globalAdmins = partner.Users.Where(u => u.Role == PartnerRole.GlobalAdmin).Select(u => u.DisplayName).ToList();
        return cards.Expand(CardNames.SavbRegistration, new JsonObject
        {
            ["t"] = DeliveryFacts.Texts(new Dictionary<string, string>
            {
                ["title"] = offering is null
                    ? text.Format("Payment.Savb.TitleAcronym", voucher.Offering)
                    : text.Format("Payment.Savb.Title", offering.Name, offering.Acronym),
                ["intro"] = text.Format("Payment.Savb.Intro", partner.Name, voucher.Offering),
                ["howTo"] = text.Format("Payment.Savb.HowTo", voucher.Offering),
                ["whoCan"] = canRegister
                    ? text["Payment.Savb.YouCan"]
                    : globalAdmins.Count == 0
                        ? text["Payment.Savb.GlobalAdminCan"]
                        : text.Format("Payment.Savb.TheyCan", string.Join(text["Format.Or"], globalAdmins)),
                ["register"] = text["Payment.Savb.Register"],
                ["continue"] = text["Payment.Savb.Continue"],
            }),
            ["rules"] = DeliveryFacts.List(
            [
                DeliveryFacts.Fact(text["Payment.Savb.HowOften"], text["Payment.Savb.HowOftenValue"]),
                DeliveryFacts.Fact(text["Payment.Savb.Who"], text["Payment.Savb.WhoValue"]),
                DeliveryFacts.Fact(text["Payment.Savb.When"], text.Format("Payment.Savb.WhenValue", voucher.Number.Value)),
            ]),
            ["canRegister"] = canRegister,
            ["voucher"] = voucher.Number.Value,
            ["opId"] = opId,
        });
    }

    /// <summary>The form recording a payment request's SAVB reference; <paramref name="customerName"/> is null for a voucher the company does not hold, which shows only its number.</summary>
    public JsonObject RequestForm(Voucher voucher, string? customerName, string opId, Instant now, UserTime userTime)
    {
        var shown = new List<JsonNode> { DeliveryFacts.Fact(text["Delivery.Fact.Voucher"], voucher.Number.Value) };
        if (customerName is not null)
        {
            shown.Add(DeliveryFacts.Fact(text["Delivery.Fact.Customer"], customerName));
            shown.Add(DeliveryFacts.Fact(text["Delivery.Fact.Offering"], facts.Offering(voucher)));
            if (voucher.RedeemedOn is { } redeemedOn)
            {
                shown.Add(DeliveryFacts.Fact(text["Payment.Fact.RedeemedOn"], userTime.Day(redeemedOn)));
            }

            if (facts.Deadline(voucher, DeadlineKind.RequestPayment, now) is { } window)
            {
                shown.Add(DeliveryFacts.Fact(text["Deadline.RequestPayment"], facts.Due(window, userTime)));
            }
        }

        return cards.Expand(CardNames.PaymentRequestForm, new JsonObject
        {
            ["t"] = DeliveryFacts.Texts(new Dictionary<string, string>
            {
                ["title"] = text.Format("Payment.Form.Title", voucher.Number.Value),
                ["intro"] = text["Payment.Form.Intro"],
                ["reference"] = text["Payment.Form.Reference"],
                ["referencePlaceholder"] = text["Payment.Form.ReferencePlaceholder"],
                ["referenceRequired"] = text["Payment.Form.ReferenceRequired"],
                ["submit"] = text["Payment.Form.Submit"],
            }),
            ["facts"] = DeliveryFacts.List(shown),
            ["maxReferenceLength"] = PaymentRequestForm.MaxReferenceLength,
            ["opId"] = opId,
            ["voucherVersion"] = voucher.Version.ToString(CultureInfo.InvariantCulture),
            ["voucher"] = voucher.Number.Value,
        });
    }

    /// <summary>A voucher's payment: requested (with its reference and day) or paid (and when).</summary>
    public Attachment Status(Voucher voucher, string customerName, Instant now, UserTime userTime)
    {
        var paid = voucher.State == VoucherState.Paid;
        var shown = new List<JsonNode>
        {
            DeliveryFacts.Fact(text["Delivery.Fact.Status"], facts.State(voucher, now)),
            DeliveryFacts.Fact(text["Delivery.Fact.Customer"], customerName),
            DeliveryFacts.Fact(text["Delivery.Fact.Offering"], facts.Offering(voucher)),
        };
        if (voucher.RedeemedOn is { } redeemedOn)
        {
            shown.Add(DeliveryFacts.Fact(text["Payment.Fact.RedeemedOn"], userTime.Day(redeemedOn)));
        }

        if (voucher.PaymentRequest is { } request)
        {
            shown.Add(DeliveryFacts.Fact(text["Payment.Fact.Reference"], request.Reference));
            shown.Add(DeliveryFacts.Fact(text["Payment.Fact.RequestedOn"], userTime.Day(request.RequestedOn)));
        }

        if (voucher.PaidOn is { } paidOn)
        {
            shown.Add(DeliveryFacts.Fact(text["Payment.Fact.PaidOn"], userTime.Day(paidOn)));
        }

        return cards.Render(CardNames.PaymentRequested, new JsonObject
        {
            ["t"] = DeliveryFacts.Texts(new Dictionary<string, string>
            {
                ["title"] = text.Format(paid ? "Payment.Status.TitlePaid" : "Payment.Status.TitleRequested", voucher.Number.Value),
                ["note"] = text[paid ? "Payment.Status.NotePaid" : "Payment.Status.NoteRequested"],
                ["payments"] = text["Menu.Payment"],
                ["menu"] = text["Common.Menu"],
            }),
            ["paid"] = paid,
            ["facts"] = DeliveryFacts.List(shown),
            ["opId"] = JourneyDialog.NewOperationId(),
        });
    }

    private string Window(Deadline window, UserTime userTime) =>
        window.HasPassed
            ? text.Format("Payment.List.WindowClosed", userTime.Day(window.LastDay))
            : text.Format("Payment.List.RequestBy", facts.Due(window, userTime));
}
