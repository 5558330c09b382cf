namespace PlanningServicesBot.Domain.Partners;

/// <summary>A Microsoft partner organisation taking part in Planning Services.</summary>
/// <param name="MpnId">The partner's MPN id.</param>
/// <param name="Name">The partner's name.</param>
/// <param name="Region">The partner's support region.</param>
public sealed record Partner(string MpnId, string Name, Region Region)
{
    /// <summary>The partner's MPN locations.</summary>
    public IReadOnlyList<PartnerLocation> Locations { get; init; } = [];

    /// <summary>The people acting for the partner.</summary>
    public IReadOnlyList<PartnerUser> Users { get; init; } = [];

    /// <summary>Enrollments per offering and year.</summary>
    public IReadOnlyList<OfferingEnrollment> Enrollments { get; init; } = [];

    /// <summary>Competencies held, valid or lapsed.</summary>
    public IReadOnlyList<PartnerCompetency> Competencies { get; init; } = [];

    /// <summary>The partner's consultants.</summary>
    public IReadOnlyList<Consultant> Consultants { get; init; } = [];

    /// <summary>SAVB registrations per offering.</summary>
    public IReadOnlyList<SavbRegistration> SavbRegistrations { get; init; } = [];

    /// <summary>The location with this id, if the partner has it.</summary>
    public PartnerLocation? FindLocation(string locationId) =>
        Locations.FirstOrDefault(l => string.Equals(l.LocationId, locationId, StringComparison.OrdinalIgnoreCase));

    /// <summary>The consultant with this id, if the partner has them.</summary>
    public Consultant? FindConsultant(string consultantId) =>
        Consultants.FirstOrDefault(c => string.Equals(c.ConsultantId, consultantId, StringComparison.OrdinalIgnoreCase));

    /// <summary>The SAVB registration for this offering, if any.</summary>
    public SavbRegistration? FindSavbRegistration(string offering) =>
        SavbRegistrations.FirstOrDefault(r => string.Equals(r.Offering, offering, StringComparison.OrdinalIgnoreCase));
}
