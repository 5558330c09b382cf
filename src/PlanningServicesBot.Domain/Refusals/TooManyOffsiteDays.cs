namespace PlanningServicesBot.Domain.Refusals;

/// <summary>More days were delivered off-site than allowed.</summary>
/// <param name="OffsiteDays">The off-site days reported.</param>
/// <param name="Max">The most allowed.</param>
public sealed record TooManyOffsiteDays(int OffsiteDays, int Max) : Refusal;
