using PlanningServicesBot.Domain.Refusals;

namespace PlanningServicesBot.Domain.Eligibility;

/// <summary>One requirement, met or not, with the facts explaining it.</summary>
/// <param name="Kind">The requirement.</param>
/// <param name="SatisfiedBy">When met: what meets it (enrollment year, competency name, exam id or location id).</param>
/// <param name="Shortfall">When unmet: why, as the refusal a reservation would give.</param>
/// <param name="NextStep">When unmet: what to do about it.</param>
public sealed record RequirementCheck(RequirementKind Kind, string? SatisfiedBy, Refusal? Shortfall, NextStepKind? NextStep)
{
    /// <summary>Whether the requirement is met.</summary>
    public bool IsMet => Shortfall is null;

    /// <summary>A met requirement.</summary>
    public static RequirementCheck Met(RequirementKind kind, string satisfiedBy) => new(kind, satisfiedBy, null, null);

    /// <summary>An unmet requirement.</summary>
    public static RequirementCheck Unmet(RequirementKind kind, Refusal shortfall, NextStepKind nextStep) => new(kind, null, shortfall, nextStep);
}
