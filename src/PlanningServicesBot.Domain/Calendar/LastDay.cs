using NodaTime;

namespace PlanningServicesBot.Domain.Calendar;

/// <summary>The last day on which something may still be done (through the end of it in the program zone), and the rule that set it.</summary>
/// <param name="Date">The last allowed day.</param>
/// <param name="SetBy">The rule that made this day the last one.</param>
public readonly record struct LastDay(LocalDate Date, DeadlineRule SetBy);
