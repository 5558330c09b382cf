using NodaTime;
using PlanningServicesBot.Domain.Calendar;

namespace PlanningServicesBot.Domain.Refusals;

/// <summary>The (planned or actual) delivery ends after the voucher's last day.</summary>
/// <param name="LastDay">The voucher's last day.</param>
/// <param name="SetBy">The rule that set it.</param>
public sealed record EndAfterLastDay(LocalDate LastDay, DeadlineRule SetBy) : Refusal;
