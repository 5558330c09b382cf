using NodaTime;

namespace PlanningServicesBot.Domain.Refusals;

/// <summary>The dates given are inconsistent with each other or with today.</summary>
/// <param name="Problem">What is wrong.</param>
/// <param name="Start">The first date given.</param>
/// <param name="End">The second date given.</param>
public sealed record DatesInvalid(DatesProblem Problem, LocalDate Start, LocalDate End) : Refusal;
