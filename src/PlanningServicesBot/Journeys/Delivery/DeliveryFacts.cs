using System.Globalization;
using System.Text.Json.Nodes;
using NodaTime;
using PlanningServicesBot.Domain.Abstractions;
using PlanningServicesBot.Domain.Calendar;
using PlanningServicesBot.Domain.Catalogue;
using PlanningServicesBot.Domain.Customers;
using PlanningServicesBot.Domain.Deadlines;
using PlanningServicesBot.Domain.Vouchers;
using PlanningServicesBot.Localization;

namespace PlanningServicesBot.Journeys.Delivery;

/// <summary>How the delivery journeys' cards word a voucher: its customer, offering, days and deadlines, in the user's language and zone.</summary>
public sealed class DeliveryFacts(BotText text, ProgramCalendar calendar, ProgramCatalogue catalogue, ICustomerRepository customers, DeadlineCalendar deadlines)
{
    /// <summary>The customers of these vouchers by agreement number, each looked up once.</summary>
    public async Task<IReadOnlyDictionary<string, Customer?>> CustomersOfAsync(IEnumerable<Voucher> vouchers, CancellationToken cancellationToken)
    {
        var found = new Dictionary<string, Customer?>(StringComparer.Ordinal);
        foreach (var agreement in vouchers.Select(v => v.AgreementNumber).Distinct(StringComparer.Ordinal))
        {
            found[agreement] = await customers.FindAsync(agreement, cancellationToken);
        }

        return found;
    }

    public async Task<string> CustomerNameAsync(Voucher voucher, CancellationToken cancellationToken) =>
        (await customers.FindAsync(voucher.AgreementNumber, cancellationToken))?.Name ?? voucher.AgreementNumber;

    public static string CustomerName(Voucher voucher, IReadOnlyDictionary<string, Customer?> customers) =>
        customers.GetValueOrDefault(voucher.AgreementNumber)?.Name ?? voucher.AgreementNumber;

    /// <summary>"SQL Server Deployment Planning Services (SSDPS), 5 days".</summary>
    public string Offering(Voucher voucher) =>
        catalogue.FindOffering(voucher.Offering) is { } offering
            ? text.Format("Delivery.OfferingValue", offering.Name, offering.Acronym, Days(voucher.Days))
            : text.Format("Delivery.ShortOfferingValue", voucher.Offering, Days(voucher.Days));

    /// <summary>"SSDPS, 5 days", for one-line descriptions.</summary>
    public string ShortOffering(Voucher voucher) => text.Format("Delivery.ShortOfferingValue", voucher.Offering, Days(voucher.Days));

    public string Days(int days) =>
        days == 1 ? text["Delivery.OneDay"] : text.Format("Delivery.ManyDays", days.ToString(CultureInfo.CurrentCulture));

    /// <summary>How many days after redemption payment may be requested, as the program is configured.</summary>
    public string PaymentWindowDays => calendar.PaymentWindowDays.ToString(CultureInfo.CurrentCulture);

    /// <summary>Where the voucher stands today, in words ("Delivered, completion report submitted").</summary>
    public string State(Voucher voucher, Instant now) => text[$"State.{voucher.StatusOn(calendar.Today(now), calendar)}"];

    /// <summary>The voucher's deadline of this kind in its current state, if it has one.</summary>
    public Deadline? Deadline(Voucher voucher, DeadlineKind kind, Instant now) =>
        deadlines.For(voucher, now).FirstOrDefault(d => d.Kind == kind);

    /// <summary>"Monday, 20 September 2021 23:59 · 140 days left", or that it closed.</summary>
    public string Due(Deadline deadline, UserTime userTime) =>
        deadline.HasPassed
            ? text.Format("Delivery.Closed", userTime.Day(deadline.LastDay))
            : text.Format("Delivery.Due", userTime.LastMinuteBefore(deadline.EndsAt), DaysLeft(deadline.DaysLeft));

    public string DaysLeft(int daysLeft) => daysLeft switch
    {
        0 => text["Deadline.DaysLeft.Zero"],
        1 => text["Deadline.DaysLeft.One"],
        var n => text.Format("Deadline.DaysLeft.Many", n.ToString(CultureInfo.CurrentCulture)),
    };

    public string Period(LocalDate start, LocalDate end, UserTime userTime) =>
        text.Format("Delivery.Period", userTime.Day(start), userTime.Day(end));

    public string ZoneNote(UserTime userTime) => text.Format("Delivery.ZoneNote", userTime.Zone.Id);

    public static JsonObject Fact(string label, string value) => new() { ["label"] = label, ["value"] = value };

    public static JsonArray List(IEnumerable<JsonNode> items) => new(items.ToArray());

    /// <summary>A card's texts (<c>t</c>) by name.</summary>
    public static JsonObject Texts(IEnumerable<KeyValuePair<string, string>> texts) =>
        new(texts.Select(t => KeyValuePair.Create(t.Key, (JsonNode?)t.Value)));
}
