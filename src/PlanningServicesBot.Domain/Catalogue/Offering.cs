namespace PlanningServicesBot.Domain.Catalogue;

/// <summary>A Planning Services offering (voucher type), e.g. DDPS.</summary>
/// <param name="Acronym">The offering's acronym, which vouchers and enrollments refer to.</param>
/// <param name="Name">The offering's full name.</param>
public sealed record Offering(string Acronym, string Name);
