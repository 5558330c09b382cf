using NodaTime;
using PlanningServicesBot.Domain.Calendar;
using PlanningServicesBot.Domain.Deadlines;
using PlanningServicesBot.Domain.Vouchers;

namespace PlanningServicesBot.Presentation;

/// <summary>
/// The program's eight steps (eligibility, enrollment, profile, customer's voucher, reservation, delivery and report,
/// redemption, payment request) for one voucher: done with their day, the current one with its deadline, or pending.
/// </summary>
public sealed class VoucherSteps(ProgramCalendar calendar, DeadlineCalendar deadlines)
{
    public const int Count = 8;

    public IReadOnlyList<VoucherStep> For(Voucher voucher, Instant now)
    {
        var status = voucher.StatusOn(calendar.Today(now), calendar);
        var ahead = deadlines.For(voucher, now);
        LocalDate? done = null;
        var steps = new List<VoucherStep>(Count);
        for (var number = 1; number <= Count; number++)
        {
            done = number switch
            {
                // A voucher reserved by the partner proves it had verified eligibility, enrolled and has a profile.
                <= 3 => voucher.Reservation?.ReservedOn,
                4 => voucher.AssignedOn,
                5 => voucher.Reservation?.ReservedOn,
                6 => voucher.CompletionReport?.SubmittedOn,
                7 => voucher.RedeemedOn,
                _ => voucher.PaymentRequest?.RequestedOn,
            };
            var state = done is not null
                ? VoucherStepState.Done
                : steps.All(s => s.State == VoucherStepState.Done) && status != VoucherStatus.Expired
                    ? VoucherStepState.Current
                    : status == VoucherStatus.Expired ? VoucherStepState.Missed : VoucherStepState.Pending;
            var deadline = number switch
            {
                5 => ahead.FirstOrDefault(d => d.Kind == DeadlineKind.Reserve),
                6 => ahead.FirstOrDefault(d => d.Kind == DeadlineKind.Deliver),
                7 => ahead.FirstOrDefault(d => d.Kind == DeadlineKind.Redeem),
                8 => ahead.FirstOrDefault(d => d.Kind == DeadlineKind.RequestPayment),
                _ => null,
            };
            steps.Add(new VoucherStep(number, state, done, state == VoucherStepState.Done ? null : deadline));
        }

        return steps;
    }
}
