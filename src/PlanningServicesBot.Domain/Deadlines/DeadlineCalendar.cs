using NodaTime;
using PlanningServicesBot.Domain.Calendar;
using PlanningServicesBot.Domain.Vouchers;

namespace PlanningServicesBot.Domain.Deadlines;

/// <summary>The deadlines of vouchers and the program-wide timeline, in the program zone.</summary>
/// <param name="calendar">The program calendar.</param>
public sealed class DeadlineCalendar(ProgramCalendar calendar)
{
    /// <summary>
    /// The deadlines still ahead of a voucher in its current state (reserve, deliver and redeem by its last day;
    /// request payment by redemption + window), including passed ones, which show it expired; none once payment was requested.
    /// </summary>
    public IReadOnlyList<Deadline> For(Voucher voucher, Instant now)
    {
        var today = calendar.Today(now);
        var kinds = voucher.State switch
        {
            VoucherState.Assigned => [DeadlineKind.Reserve, DeadlineKind.Deliver, DeadlineKind.Redeem],
            VoucherState.Reserved => [DeadlineKind.Deliver, DeadlineKind.Redeem],
            VoucherState.Delivered => [DeadlineKind.Redeem],
            VoucherState.Redeemed => [DeadlineKind.RequestPayment],
            _ => Array.Empty<DeadlineKind>(),
        };
        return kinds.Select(kind => Deadline(kind, LastDayFor(voucher, kind), today)).ToList();
    }

    /// <summary>The day of the voucher's next deadline in its current state, or null when none is left to meet. Stored for "due between" queries.</summary>
    public LocalDate? NextDueDay(Voucher voucher) => voucher.State switch
    {
        VoucherState.Assigned or VoucherState.Reserved or VoucherState.Delivered => voucher.LastDay(calendar).Date,
        VoucherState.Redeemed when voucher.RedeemedOn is { } redeemedOn => calendar.PaymentLastDay(redeemedOn).Date,
        _ => null,
    };

    /// <summary>The program's retirement milestones in date order, each passed or upcoming relative to <paramref name="now"/>.</summary>
    public IReadOnlyList<TimelineEvent> Timeline(Instant now)
    {
        TimelineEvent From(ProgramMilestone milestone, LocalDate day) => Event(milestone, day, calendar.StartOf(day));
        TimelineEvent Through(ProgramMilestone milestone, LocalDate day) => Event(milestone, day, calendar.EndOf(day));
        TimelineEvent Event(ProgramMilestone milestone, LocalDate day, Instant at) => new(milestone, day, at, at <= now);

        return new[]
        {
            From(ProgramMilestone.CloudEngagementsRetired, calendar.CloudEngagementsRetired),
            From(ProgramMilestone.TrainingConversionEnded, calendar.TrainingConversionEnded),
            From(ProgramMilestone.CovidExtensionCutoff, calendar.CovidExtensionCreatedBefore),
            Through(ProgramMilestone.RemoteDeliveryEnded, calendar.RemoteDeliveryAllowedThrough),
            From(ProgramMilestone.AccrualEnded, calendar.AccrualEnded),
            Through(ProgramMilestone.LastAssignmentDay, calendar.LastAssignmentDay),
            From(ProgramMilestone.RemainingDaysRemoved, calendar.RemainingDaysRemoved),
            Through(ProgramMilestone.LastRedemptionDay, calendar.LastRedemptionDay),
            Through(ProgramMilestone.LastPaymentRequestDay, calendar.PaymentLastDay(calendar.LastRedemptionDay).Date),
        }.OrderBy(e => e.TakesEffectAt).ToList();
    }

    private LastDay LastDayFor(Voucher voucher, DeadlineKind kind) =>
        kind == DeadlineKind.RequestPayment && voucher.RedeemedOn is { } redeemedOn
            ? calendar.PaymentLastDay(redeemedOn)
            : voucher.LastDay(calendar);

    private Deadline Deadline(DeadlineKind kind, LastDay lastDay, LocalDate today) =>
        new(kind, lastDay.Date, lastDay.SetBy, calendar.EndOf(lastDay.Date), Period.DaysBetween(today, lastDay.Date));
}
