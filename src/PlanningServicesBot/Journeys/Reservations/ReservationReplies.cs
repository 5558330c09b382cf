using BotRuntime;
using BotRuntime.Schema;
using NodaTime;
using PlanningServicesBot.Domain.Calendar;
using PlanningServicesBot.Domain.Refusals;
using PlanningServicesBot.Domain.Vouchers;
using PlanningServicesBot.Localization;
using PlanningServicesBot.Presentation;

namespace PlanningServicesBot.Journeys.Reservations;

/// <summary>The replies the reservation journeys share: every reason of a refusal, one per line, and the answer to a stale card.</summary>
public sealed class ReservationReplies(BotText text, RefusalText refusals, ReservationCards cards, ProgramCalendar calendar)
{
    public Activity Refused(string introduction, IEnumerable<Refusal> reasons, UserTime userTime) =>
        Listing(introduction, reasons.Select(reason => refusals.Describe(reason, userTime)));

    public string Reason(Refusal reason, UserTime userTime) => refusals.Describe(reason, userTime);

    public Activity Listing(string introduction, IEnumerable<string> lines) =>
        MessageFactory.Text(string.Join("\n", lines.Distinct().Select(line => text.Format("Reservation.ReasonLine", line)).Prepend(introduction + "\n")));

    /// <summary>
    /// A card was drawn for an older version of the voucher: say so and show where it stands now — its reservation card
    /// when the user's company holds it, else only its status (another partner's reservation stays theirs).
    /// </summary>
    public Activity StaleCard(ReservationSubject current, string userMpnId, Instant now, UserTime userTime)
    {
        var voucher = current.Voucher!;
        return voucher.State == VoucherState.Reserved && voucher.PartnerMpnId == userMpnId
            ? MessageFactory.Attachment(cards.Reserved(voucher, current.Customer, current.Partner, now, userTime), text["Operation.StaleCard"])
            : MessageFactory.Text(string.Join("\n\n",
                text["Operation.StaleCard"],
                text.Format("Reservation.NowState", voucher.Number.Value, text[$"State.{voucher.StatusOn(current.Today, calendar)}"])));
    }
}
