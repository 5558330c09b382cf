using System.Globalization;
using System.Text.Json.Nodes;
using BotRuntime.Schema;
using NodaTime;
using PlanningServicesBot.Cards;
using PlanningServicesBot.Domain.Calendar;
using PlanningServicesBot.Domain.Catalogue;
using PlanningServicesBot.Domain.Customers;
using PlanningServicesBot.Domain.Deadlines;
using PlanningServicesBot.Domain.Partners;
using PlanningServicesBot.Domain.Vouchers;
using PlanningServicesBot.Localization;

namespace PlanningServicesBot.Journeys.Reservations;

/// <summary>
/// The cards of the reserve and cancel-reservation journeys, in the user's language and time zone: one question per
/// card while reserving, the confirmation cards whose buttons carry everything the operation needs, and the result cards.
/// </summary>
public sealed class ReservationCards(BotCards cards, BotText text, ProgramCalendar calendar, ProgramCatalogue catalogue, DeadlineCalendar deadlines)
{
    public JsonObject EngagementQuestion(ReservationSubject subject, IEnumerable<Engagement> engagements, string opId, UserTime userTime) =>
        cards.Expand(CardNames.ReserveEngagement, Question(subject, ReservationChoices.None, opId, userTime, new()
        {
            ["prompt"] = text["Reserve.EngagementPrompt"],
            ["required"] = text["Reserve.EngagementRequired"],
        }, ("engagements", engagements.Select(e => Choice(e.Name, e.Id)))));

    public JsonObject LocationQuestion(ReservationSubject subject, ReservationChoices choices, IEnumerable<string> countries, string opId, UserTime userTime) =>
        cards.Expand(CardNames.ReserveLocation, Question(subject, choices, opId, userTime, new()
        {
            ["prompt"] = text["Reserve.LocationPrompt"],
            ["required"] = text["Reserve.LocationRequired"],
            ["countryPrompt"] = text["Reserve.CountryPrompt"],
            ["countryRequired"] = text["Reserve.CountryRequired"],
        },
        ("locations", subject.Partner!.Locations.Select(l => Choice(LocationName(l.LocationId, l.CountryCode), l.LocationId))),
        ("countries", countries.Select(c => Choice(CountryNames.Of(c), c)))));

    /// <param name="consultants">The consultants to offer, each with the qualifying exam they passed.</param>
    public JsonObject ConsultantQuestion(ReservationSubject subject, ReservationChoices choices, IEnumerable<(Consultant Consultant, string Exam)> consultants, string opId, UserTime userTime) =>
        cards.Expand(CardNames.ReserveConsultant, Question(subject, choices, opId, userTime, new()
        {
            ["prompt"] = text["Reserve.ConsultantPrompt"],
            ["required"] = text["Reserve.ConsultantRequired"],
        }, ("consultants", consultants.Select(c => Choice(
            text.Format("Reserve.ConsultantChoice", c.Consultant.Name, c.Consultant.ConsultantId, c.Exam), c.Consultant.ConsultantId)))));

    public JsonObject DatesQuestion(ReservationSubject subject, ReservationChoices choices, string opId, UserTime userTime)
    {
        var lastDay = subject.Voucher!.LastDay(calendar);
        var data = Question(subject, choices, opId, userTime, new()
        {
            ["note"] = text.Format("Reserve.DatesNote", userTime.Day(subject.Today), userTime.Day(lastDay.Date)),
            ["startPrompt"] = text["Reserve.StartPrompt"],
            ["startRequired"] = text["Reserve.StartRequired"],
            ["endPrompt"] = text["Reserve.EndPrompt"],
            ["endRequired"] = text["Reserve.EndRequired"],
            ["remotePrompt"] = text["Reserve.RemotePrompt"],
            ["remoteTitle"] = text.Format("Reserve.RemoteTitle", userTime.Day(calendar.RemoteDeliveryAllowedThrough)),
        });
        data["today"] = ReservationForm.IsoDay(subject.Today);
        data["lastDay"] = ReservationForm.IsoDay(lastDay.Date);
        // Fully remote delivery is offered only while the waiver still covers an engagement starting today.
        data["remoteOffered"] = subject.Today <= calendar.RemoteDeliveryAllowedThrough;
        return cards.Expand(CardNames.ReserveDates, data);
    }

    /// <summary>The reservation to confirm, with every fact and deadline; Confirm carries every choice, so it acts whenever it is pressed.</summary>
    public Attachment Confirmation(ReservationSubject subject, string customerAdminEmail, ReservationChoices choices, Instant now, UserTime userTime)
    {
        var voucher = subject.Voucher!;
        return cards.Render(CardNames.ReserveConfirm, new JsonObject
        {
            ["t"] = Texts(new()
            {
                ["title"] = text.Format("Reserve.ConfirmTitle", voucher.Number.Value),
                ["intro"] = text["Reserve.ConfirmIntro"],
                ["confirm"] = text["Reserve.Confirm"],
                ["decline"] = text["Reserve.Decline"],
            }, userTime),
            ["facts"] = Facts(voucher, subject.Customer, subject.Partner, choices, userTime),
            ["deadlines"] = Deadlines(voucher, now, userTime),
            ["opId"] = JourneyDialog.NewOperationId(),
            ["voucherVersion"] = VersionOf(voucher),
            ["submit"] = new JsonObject
            {
                [ReservationForm.Voucher] = voucher.Number.Value,
                [ReservationForm.Email] = customerAdminEmail,
                [ReservationForm.Engagement] = choices.Engagement,
                [ReservationForm.Location] = choices.Location,
                [ReservationForm.Country] = choices.Country,
                [ReservationForm.Consultant] = choices.Consultant,
                [ReservationForm.Start] = choices.Start is { } start ? ReservationForm.IsoDay(start) : null,
                [ReservationForm.End] = choices.End is { } end ? ReservationForm.IsoDay(end) : null,
                [ReservationForm.Remote] = choices.Remote ? "true" : "false",
            },
        });
    }

    public Attachment Reserved(Voucher voucher, Customer? customer, Partner? partner, Instant now, UserTime userTime)
    {
        var reservation = voucher.Reservation!;
        return cards.Render(CardNames.VoucherReserved, new JsonObject
        {
            ["t"] = Texts(new()
            {
                ["title"] = text.Format("Reserve.ReservedTitle", voucher.Number.Value),
                ["intro"] = text.Format("Reserve.ReservedIntro", partner?.Name ?? reservation.MpnId, userTime.Day(reservation.ReservedOn)),
                ["cancelThis"] = text["Reserve.CancelThis"],
            }, userTime),
            ["facts"] = Facts(voucher, customer, partner, ReservationChoices.Of(reservation), userTime, voucher.StatusOn(calendar.Today(now), calendar)),
            ["deadlines"] = Deadlines(voucher, now, userTime),
            ["opId"] = JourneyDialog.NewOperationId(),
            ["voucherVersion"] = VersionOf(voucher),
            ["voucher"] = voucher.Number.Value,
        });
    }

    public Attachment CancellationConfirmation(Voucher voucher, Customer? customer, Partner? partner, UserTime userTime)
    {
        var lastDay = voucher.LastDay(calendar);
        return cards.Render(CardNames.ReservationCancelConfirm, new JsonObject
        {
            ["t"] = Texts(new()
            {
                ["title"] = text.Format("CancelReservation.ConfirmTitle", voucher.Number.Value),
                ["note"] = text.Format("CancelReservation.ConfirmNote", userTime.Day(lastDay.Date), text[$"Enum.DeadlineRule.{lastDay.SetBy}"]),
                ["confirm"] = text["CancelReservation.Confirm"],
                ["decline"] = text["CancelReservation.Decline"],
            }),
            ["facts"] = Facts(voucher, customer, partner, ReservationChoices.Of(voucher.Reservation!), userTime),
            ["opId"] = JourneyDialog.NewOperationId(),
            ["voucherVersion"] = VersionOf(voucher),
            ["voucher"] = voucher.Number.Value,
        });
    }

    public Attachment Cancelled(Voucher voucher, Customer? customer, Instant now, UserTime userTime)
    {
        var lastDay = voucher.LastDay(calendar);
        return cards.Render(CardNames.ReservationCancelled, new JsonObject
        {
            ["t"] = Texts(new()
            {
                ["title"] = text.Format("CancelReservation.CancelledTitle", voucher.Number.Value),
                ["intro"] = text.Format("CancelReservation.CancelledIntro", voucher.Number.Value, userTime.Day(lastDay.Date), text[$"Enum.DeadlineRule.{lastDay.SetBy}"]),
            }, userTime),
            ["facts"] = Facts(voucher, customer, null, ReservationChoices.None, userTime, voucher.StatusOn(calendar.Today(now), calendar)),
            ["deadlines"] = Deadlines(voucher, now, userTime),
            ["opId"] = JourneyDialog.NewOperationId(),
        });
    }

    /// <summary>A one-line description of a reserved voucher for the voucher picker, ending with its last day (or that it expired).</summary>
    public string PickerLine(Voucher voucher, Customer? customer, LocalDate today, UserTime userTime)
    {
        var reservation = voucher.Reservation!;
        var lastDay = voucher.LastDay(calendar).Date;
        return text.Format(
            "CancelReservation.PickerLine",
            voucher.Number.Value,
            customer?.Name ?? voucher.AgreementNumber,
            EngagementName(reservation.EngagementId),
            userTime.Day(reservation.PlannedStart),
            userTime.Day(reservation.PlannedEnd),
            text.Format(voucher.StatusOn(today, calendar) == VoucherStatus.Expired ? "CancelReservation.ExpiredAfter" : "CancelReservation.LastDay", userTime.Day(lastDay)));
    }

    public string EngagementName(string engagementId) =>
        catalogue.FindEngagement(engagementId)?.Name ?? catalogue.FindRetiredEngagement(engagementId)?.Name ?? engagementId;

    private JsonObject Question(
        ReservationSubject subject,
        ReservationChoices choices,
        string opId,
        UserTime userTime,
        Dictionary<string, string> texts,
        params (string Name, IEnumerable<JsonObject> Items)[] lists)
    {
        texts["title"] = text.Format("Reserve.Title", subject.Voucher!.Number.Value);
        texts["submit"] = text["Reserve.Next"];
        var data = new JsonObject
        {
            ["t"] = Texts(texts),
            ["facts"] = Facts(subject.Voucher, subject.Customer, subject.Partner, choices, userTime),
            ["opId"] = opId,
        };
        foreach (var (name, items) in lists)
        {
            data[name] = new JsonArray(items.Select(item => (JsonNode)item).ToArray());
        }

        return data;
    }

    private static JsonObject Texts(Dictionary<string, string> texts) =>
        new(texts.Select(t => KeyValuePair.Create(t.Key, (JsonNode?)t.Value)));

    /// <summary>The texts of a card showing the voucher's deadlines, with the ones every such card has.</summary>
    private JsonObject Texts(Dictionary<string, string> texts, UserTime userTime)
    {
        texts["deadlines"] = text["Reservation.DeadlinesTitle"];
        texts["noDeadlines"] = text["Reservation.NoDeadlines"];
        texts["zoneNote"] = text.Format("Reservation.ZoneNote", userTime.Zone.Id);
        texts["menu"] = text["Common.Menu"];
        return Texts(texts);
    }

    private JsonArray Facts(Voucher voucher, Customer? customer, Partner? partner, ReservationChoices choices, UserTime userTime, VoucherStatus? status = null)
    {
        var lastDay = voucher.LastDay(calendar);
        var facts = new List<(string Label, string? Value)>
        {
            ("Voucher", voucher.Number.Value),
            ("Customer", customer is null ? voucher.AgreementNumber : text.Format("Reservation.CustomerValue", customer.Name, CountryNames.Of(customer.CountryCode))),
            ("Offering", catalogue.FindOffering(voucher.Offering) is { } offering ? text.Format("Reservation.OfferingValue", offering.Name, offering.Acronym) : voucher.Offering),
            ("Days", text.Format("Reservation.DaysValue", voucher.Days.ToString(CultureInfo.CurrentCulture))),
            ("Status", status is { } shown ? text[$"State.{shown}"] : null),
            ("LastDay", text.Format("Reservation.LastDayValue", userTime.Day(lastDay.Date), text[$"Enum.DeadlineRule.{lastDay.SetBy}"])),
            ("Engagement", choices.Engagement is { } engagement ? EngagementName(engagement) : null),
            ("Location", choices.Location is { } location ? LocationName(location, partner?.FindLocation(location)?.CountryCode) : null),
            ("Country", choices.Country is { } country ? CountryNames.Of(country) : null),
            ("Consultant", choices.Consultant is { } consultant ? ConsultantName(consultant, partner) : null),
            ("Start", choices.Start is { } start ? userTime.Day(start) : null),
            ("End", choices.End is { } end ? userTime.Day(end) : null),
            ("Delivery", choices.Start is null ? null : text[choices.Remote ? "Reservation.Remote" : "Reservation.OnSite"]),
        };
        return new JsonArray(facts
            .Where(f => f.Value is not null)
            .Select(f => (JsonNode)new JsonObject { ["label"] = text[$"Reservation.Fact.{f.Label}"], ["value"] = f.Value })
            .ToArray());
    }

    private JsonArray Deadlines(Voucher voucher, Instant now, UserTime userTime) => new(
        deadlines.For(voucher, now)
            .Where(d => !d.HasPassed)
            .Select(d => (JsonNode)new JsonObject
            {
                ["label"] = text[$"Deadline.{d.Kind}"],
                ["due"] = userTime.LastMinuteBefore(d.EndsAt),
                ["left"] = d.DaysLeft switch
                {
                    0 => text["Deadline.DaysLeft.Zero"],
                    1 => text["Deadline.DaysLeft.One"],
                    var n => text.Format("Deadline.DaysLeft.Many", n.ToString(CultureInfo.CurrentCulture)),
                },
            })
            .ToArray());

    private string LocationName(string locationId, string? countryCode) =>
        countryCode is null ? locationId : text.Format("Reservation.LocationValue", locationId, CountryNames.Of(countryCode));

    private string ConsultantName(string consultantId, Partner? partner) =>
        partner?.FindConsultant(consultantId) is { } consultant
            ? text.Format("Reservation.ConsultantValue", consultant.Name, consultant.ConsultantId)
            : consultantId;

    private static JsonObject Choice(string title, string value) => new() { ["title"] = title, ["value"] = value };

    private static string VersionOf(Voucher voucher) => voucher.Version.ToString(CultureInfo.InvariantCulture);
}
