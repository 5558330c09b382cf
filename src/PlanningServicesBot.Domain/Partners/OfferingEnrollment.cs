using NodaTime;

namespace PlanningServicesBot.Domain.Partners;

/// <summary>A partner's enrollment in one offering for one program year.</summary>
/// <param name="Offering">The offering acronym.</param>
/// <param name="Year">The calendar year the enrollment is for.</param>
/// <param name="AgreementSignedOn">When the program agreement was signed; null while unsigned.</param>
public sealed record OfferingEnrollment(string Offering, int Year, LocalDate? AgreementSignedOn);
