using NodaTime;

namespace PlanningServicesBot.Domain.Catalogue;

/// <summary>An engagement that can no longer be delivered.</summary>
/// <param name="Id">A stable slug, e.g. "office-365-planning".</param>
/// <param name="Name">The engagement's name.</param>
/// <param name="Offering">The acronym of the offering it belonged to.</param>
/// <param name="RetiredOn">The first day on which it could no longer be reserved.</param>
public sealed record RetiredEngagement(string Id, string Name, string Offering, LocalDate RetiredOn);
