using NodaTime;

namespace PlanningServicesBot.Domain.Refusals;

/// <summary>Vouchers can no longer be created or assigned on that day.</summary>
/// <param name="LastDay">The program's last create/assign day.</param>
public sealed record AssignmentClosed(LocalDate LastDay) : Refusal;
