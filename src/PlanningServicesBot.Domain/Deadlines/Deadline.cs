using NodaTime;
using PlanningServicesBot.Domain.Calendar;

namespace PlanningServicesBot.Domain.Deadlines;

/// <summary>A voucher deadline: what to do through which day, the rule that set the day, and how long is left.</summary>
/// <param name="Kind">What must be done.</param>
/// <param name="LastDay">The last day it may be done.</param>
/// <param name="SetBy">The rule that set the day.</param>
/// <param name="EndsAt">The instant the last day ends in the program zone.</param>
/// <param name="DaysLeft">Calendar days from today to the last day: 0 when today is the last day, negative once passed.</param>
public sealed record Deadline(DeadlineKind Kind, LocalDate LastDay, DeadlineRule SetBy, Instant EndsAt, int DaysLeft)
{
    /// <summary>Whether the deadline has passed.</summary>
    public bool HasPassed => DaysLeft < 0;
}
