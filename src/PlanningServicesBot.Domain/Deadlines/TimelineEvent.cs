using NodaTime;

namespace PlanningServicesBot.Domain.Deadlines;

/// <summary>A milestone on the program timeline, relative to now.</summary>
/// <param name="Milestone">Which milestone.</param>
/// <param name="Date">Its day.</param>
/// <param name="TakesEffectAt">When it takes effect: the start of the day for "from" milestones, the end of it for "through" milestones.</param>
/// <param name="HasPassed">Whether it took effect before now.</param>
public sealed record TimelineEvent(ProgramMilestone Milestone, LocalDate Date, Instant TakesEffectAt, bool HasPassed);
