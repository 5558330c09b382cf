using NodaTime;
using PlanningServicesBot.Domain.Calendar;

namespace PlanningServicesBot.Domain.Refusals;

/// <summary>The voucher's last day has passed.</summary>
/// <param name="LastDay">The voucher's last day.</param>
/// <param name="SetBy">The rule that set it.</param>
public sealed record VoucherExpired(LocalDate LastDay, DeadlineRule SetBy) : Refusal;
