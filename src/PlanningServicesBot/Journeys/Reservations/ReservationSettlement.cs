using BotRuntime;
using BotRuntime.Dialogs;
using BotRuntime.Schema;
using NodaTime;
using PlanningServicesBot.Domain.Abstractions;
using PlanningServicesBot.Domain.Actors;
using PlanningServicesBot.Domain.Calendar;
using PlanningServicesBot.Domain.Operations;
using PlanningServicesBot.Domain.Vouchers;
using PlanningServicesBot.Identity;
using PlanningServicesBot.Localization;

namespace PlanningServicesBot.Journeys.Reservations;

/// <summary>
/// Acts on a confirmation card's button, the same way for reserving and for cancelling: declined → nothing changes;
/// confirmed → once per operation id, never from a card drawn for an older version of the voucher.
/// </summary>
public sealed class ReservationSettlement(
    BotText text,
    IClock clock,
    ProgramCalendar calendar,
    VoucherNumberFormat numbers,
    IVoucherRepository vouchers,
    ReservationPreview preview,
    ReservationReplies replies)
{
    /// <param name="declinedKey">The text when the user declines, with the voucher number as {0}.</param>
    /// <param name="refusedKey">The text introducing the domain's refusals, with the voucher number as {0}.</param>
    /// <param name="act">Runs the domain operation under the card's operation key.</param>
    /// <param name="resultCard">The card showing the changed voucher.</param>
    public async Task<DialogTurnResult> SettleAsync(
        WaterfallStepContext step,
        BotUser user,
        string decision,
        string declinedKey,
        string refusedKey,
        Func<OperationKey, Actor, VoucherNumber, Instant, Task<OperationOutcome>> act,
        Func<Voucher, Instant, UserTime, Task<Attachment>> resultCard,
        CancellationToken cancellationToken)
    {
        var activity = step.Context.Activity;
        var userTime = JourneyDialog.UserTimeFor(step.Context, calendar.Zone);
        var number = numbers.ParseOrNull(JourneyDialog.SubmitString(activity, ReservationForm.Voucher));
        if (number is null)
        {
            return await EndWithAsync(step, MessageFactory.Text(text["Reservation.CardUnreadable"]), null, cancellationToken);
        }

        if (decision != ReservationForm.Confirmed)
        {
            return await EndWithAsync(step, MessageFactory.Text(text.Format(declinedKey, number.Value)), null, cancellationToken);
        }

        var actor = user.Actor!;
        var key = JourneyDialog.OperationKeyOf(activity);
        var now = clock.GetCurrentInstant();
        var current = await vouchers.FindAsync(number, cancellationToken);
        if (current is not null && JourneyDialog.IsStale(activity, current) && await vouchers.FindOutcomeAsync(key, cancellationToken) is null)
        {
            var stale = await preview.SubjectAsync(current, actor, cancellationToken);
            return await EndWithAsync(step, replies.StaleCard(stale, user.PartnerUser!.MpnId, now, userTime), null, cancellationToken);
        }

        return await act(key, actor, number, now) switch
        {
            Succeeded succeeded => await EndWithAsync(
                step,
                MessageFactory.Attachment(
                    await resultCard(succeeded.Voucher, now, userTime),
                    succeeded.AlreadyDone ? text["Operation.AlreadyDone"] : null),
                succeeded.Voucher.Number.Value,
                cancellationToken),
            Refused refused => await EndWithAsync(step, replies.Refused(text.Format(refusedKey, number.Value), refused.Reasons, userTime), null, cancellationToken),
            _ => throw new InvalidOperationException("An operation either succeeds or is refused."),
        };
    }

    private static async Task<DialogTurnResult> EndWithAsync(WaterfallStepContext step, Activity reply, string? result, CancellationToken cancellationToken)
    {
        await step.Context.SendActivityAsync(reply, cancellationToken);
        return await step.EndDialogAsync(result, cancellationToken);
    }
}
