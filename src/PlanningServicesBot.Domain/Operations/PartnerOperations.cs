using NodaTime;
using PlanningServicesBot.Domain.Abstractions;
using PlanningServicesBot.Domain.Actors;
using PlanningServicesBot.Domain.Calendar;
using PlanningServicesBot.Domain.Catalogue;
using PlanningServicesBot.Domain.Eligibility;
using PlanningServicesBot.Domain.Partners;
using PlanningServicesBot.Domain.Refusals;

namespace PlanningServicesBot.Domain.Operations;

/// <summary>Partner-level operations: eligibility checks and SAVB registration.</summary>
/// <param name="partners">The partner store.</param>
/// <param name="vouchers">The voucher store.</param>
/// <param name="calendar">The program calendar.</param>
/// <param name="catalogue">The engagement catalogue.</param>
/// <param name="clock">The clock.</param>
public sealed class PartnerOperations(
    IPartnerRepository partners,
    IVoucherRepository vouchers,
    ProgramCalendar calendar,
    ProgramCatalogue catalogue,
    IClock clock)
{
    private readonly EligibilityCheck eligibility = new(catalogue, calendar);

    /// <summary>Every requirement for the partner to deliver the engagement today; null when the partner is unknown.</summary>
    public async Task<EligibilityReport?> CheckEligibilityAsync(
        string mpnId, string engagementId, string? consultantId, string? deliveryCountry, CancellationToken cancellationToken = default)
    {
        var partner = await partners.FindAsync(mpnId, cancellationToken);
        return partner is null
            ? null
            : eligibility.Evaluate(partner, engagementId, consultantId, deliveryCountry, calendar.Today(clock.GetCurrentInstant()));
    }

    /// <summary>The acting global admin registers their partner in SAVB for an offering. Registering twice is refused, so it is safe to retry.</summary>
    public async Task<Decision<SavbRegistration>> RegisterForSavbAsync(Actor actor, string offering, CancellationToken cancellationToken = default)
    {
        if (actor is not PartnerUserActor user)
        {
            return Decision<SavbRegistration>.Refuse([new RoleNotAllowed(actor.Role, [ActorRole.GlobalAdmin])]);
        }

        var partner = await partners.FindAsync(user.MpnId, cancellationToken);
        if (partner is null)
        {
            return Decision<SavbRegistration>.Refuse([new PartnerNotFound(user.MpnId)]);
        }

        var partnerVouchers = await vouchers.ListByPartnerAsync(partner.MpnId, cancellationToken);
        var decision = SavbRegistrationRule.Register(
            partner, actor, offering, partnerVouchers, catalogue, calendar.Today(clock.GetCurrentInstant()));
        if (decision.Value is { } registration && !await partners.AddSavbRegistrationAsync(partner.MpnId, registration, cancellationToken))
        {
            var existing = (await partners.FindAsync(partner.MpnId, cancellationToken))?.FindSavbRegistration(registration.Offering);
            return Decision<SavbRegistration>.Refuse([new SavbAlreadyRegistered(registration.Offering, existing?.RegisteredOn ?? registration.RegisteredOn)]);
        }

        return decision;
    }
}
