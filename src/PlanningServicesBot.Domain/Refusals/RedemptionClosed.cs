using NodaTime;
using PlanningServicesBot.Domain.Calendar;

namespace PlanningServicesBot.Domain.Refusals;

/// <summary>Redemption is no longer possible for this voucher.</summary>
/// <param name="LastDay">The last day it could be redeemed.</param>
/// <param name="SetBy">The rule that set it.</param>
public sealed record RedemptionClosed(LocalDate LastDay, DeadlineRule SetBy) : Refusal;
