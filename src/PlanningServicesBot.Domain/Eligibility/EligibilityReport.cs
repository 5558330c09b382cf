using NodaTime;

namespace PlanningServicesBot.Domain.Eligibility;

/// <summary>Whether a partner may deliver an engagement on a day, requirement by requirement.</summary>
/// <param name="MpnId">The partner.</param>
/// <param name="EngagementId">The engagement asked about.</param>
/// <param name="On">The day of the check.</param>
/// <param name="Requirements">Every requirement checked, met or not, in a fixed order.</param>
public sealed record EligibilityReport(string MpnId, string EngagementId, LocalDate On, IReadOnlyList<RequirementCheck> Requirements)
{
    /// <summary>Whether every requirement is met.</summary>
    public bool IsEligible => Requirements.All(r => r.IsMet);

    /// <summary>The unmet requirements.</summary>
    public IReadOnlyList<RequirementCheck> Unmet => Requirements.Where(r => !r.IsMet).ToList();
}
