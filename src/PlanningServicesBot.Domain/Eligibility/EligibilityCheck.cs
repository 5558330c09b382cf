using NodaTime;
using PlanningServicesBot.Domain.Calendar;
using PlanningServicesBot.Domain.Catalogue;
using PlanningServicesBot.Domain.Partners;
using PlanningServicesBot.Domain.Refusals;

namespace PlanningServicesBot.Domain.Eligibility;

/// <summary>Checks whether a partner (and optionally its consultant, in a delivery country) may deliver an engagement.</summary>
/// <param name="catalogue">The engagements and their qualifying competencies and exams.</param>
/// <param name="calendar">The program calendar (for the annual enrollment rule).</param>
public sealed class EligibilityCheck(ProgramCatalogue catalogue, ProgramCalendar calendar)
{
    /// <summary>
    /// Every requirement for the engagement on <paramref name="today"/>: enrollment for the year, signed agreement,
    /// a valid qualifying competency, and, when given, the consultant's exams and a location in the delivery country.
    /// </summary>
    public EligibilityReport Evaluate(Partner partner, string engagementId, string? consultantId, string? deliveryCountry, LocalDate today)
    {
        var engagement = catalogue.FindEngagement(engagementId);
        if (engagement is null)
        {
            var retired = catalogue.FindRetiredEngagement(engagementId);
            Refusal shortfall = retired is null ? new EngagementUnknown(engagementId) : new EngagementRetired(retired.Id, retired.RetiredOn);
            return new(partner.MpnId, engagementId, today, [RequirementCheck.Unmet(RequirementKind.Engagement, shortfall, NextStepKind.ChooseCurrentEngagement)]);
        }

        var requirements = new List<RequirementCheck>();
        requirements.AddRange(Enrollment(partner, engagement.Offering, today.Year));
        requirements.Add(Competency(partner, engagement, today));
        if (consultantId is not null)
        {
            requirements.Add(ConsultantExam(partner, engagement, consultantId));
        }

        if (deliveryCountry is not null)
        {
            requirements.Add(Location(partner, deliveryCountry));
        }

        return new(partner.MpnId, engagement.Id, today, requirements);
    }

    private IEnumerable<RequirementCheck> Enrollment(Partner partner, string offering, int year)
    {
        var enrollments = partner.Enrollments
            .Where(e => string.Equals(e.Offering, offering, StringComparison.OrdinalIgnoreCase))
            .OrderByDescending(e => e.Year)
            .ToList();
        var enrollment = calendar.RequireCurrentYearEnrollment
            ? enrollments.FirstOrDefault(e => e.Year == year)
            : enrollments.FirstOrDefault();
        if (enrollment is null)
        {
            var nextStep = enrollments.Count > 0 ? NextStepKind.RenewEnrollment : NextStepKind.EnrollInOffering;
            yield return RequirementCheck.Unmet(RequirementKind.Enrollment, new NotEnrolled(offering, year), nextStep);
            yield break;
        }

        yield return RequirementCheck.Met(RequirementKind.Enrollment, enrollment.Year.ToString(System.Globalization.CultureInfo.InvariantCulture));
        yield return enrollment.AgreementSignedOn is { } signedOn
            ? RequirementCheck.Met(RequirementKind.Agreement, NodaTime.Text.LocalDatePattern.Iso.Format(signedOn))
            : RequirementCheck.Unmet(RequirementKind.Agreement, new AgreementNotSigned(offering, enrollment.Year), NextStepKind.SignAgreement);
    }

    private static RequirementCheck Competency(Partner partner, Engagement engagement, LocalDate today)
    {
        var held = partner.Competencies
            .Where(c => engagement.QualifyingCompetencies.Any(c.Covers))
            .OrderByDescending(c => c.ValidUntil)
            .ToList();
        var valid = held.FirstOrDefault(c => c.IsValidOn(today));
        if (valid is not null)
        {
            return RequirementCheck.Met(RequirementKind.Competency, valid.Name);
        }

        return held.Count > 0
            ? RequirementCheck.Unmet(RequirementKind.Competency, new CompetencyLapsed(held[0].Name, held[0].Level, held[0].ValidUntil), NextStepKind.RenewCompetency)
            : RequirementCheck.Unmet(RequirementKind.Competency, new CompetencyMissing(engagement.QualifyingCompetencies), NextStepKind.ObtainCompetency);
    }

    private RequirementCheck ConsultantExam(Partner partner, Engagement engagement, string consultantId)
    {
        var consultant = partner.FindConsultant(consultantId);
        if (consultant is null)
        {
            return RequirementCheck.Unmet(RequirementKind.ConsultantExam, new ConsultantNotFound(consultantId), NextStepKind.AddConsultant);
        }

        var exams = catalogue.QualifyingExams(engagement);
        var passed = consultant.PassedExams.FirstOrDefault(exam => exams.Contains(exam, StringComparer.OrdinalIgnoreCase));
        return passed is not null
            ? RequirementCheck.Met(RequirementKind.ConsultantExam, passed)
            : RequirementCheck.Unmet(RequirementKind.ConsultantExam, new ConsultantLacksExam(consultant.ConsultantId, exams), NextStepKind.ConsultantTakesExam);
    }

    private static RequirementCheck Location(Partner partner, string deliveryCountry)
    {
        var location = partner.Locations.FirstOrDefault(l => string.Equals(l.CountryCode, deliveryCountry, StringComparison.OrdinalIgnoreCase));
        return location is not null
            ? RequirementCheck.Met(RequirementKind.Location, location.LocationId)
            : RequirementCheck.Unmet(RequirementKind.Location, new NoLocationInCountry(deliveryCountry.ToUpperInvariant()), NextStepKind.AddLocation);
    }
}
