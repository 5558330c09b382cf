using NodaTime;
using PlanningServicesBot.Domain.Actors;
using PlanningServicesBot.Domain.Catalogue;
using PlanningServicesBot.Domain.Refusals;
using PlanningServicesBot.Domain.Vouchers;

namespace PlanningServicesBot.Domain.Partners;

/// <summary>The rule for a partner's one-time SAVB registration per offering.</summary>
public static class SavbRegistrationRule
{
    private static readonly ActorRole[] Allowed = [ActorRole.GlobalAdmin];

    /// <summary>
    /// The partner's global admin registers the offering in SAVB, once, after at least one of the partner's vouchers
    /// of that offering was redeemed.
    /// </summary>
    /// <param name="partner">The actor's partner.</param>
    /// <param name="actor">Who acts.</param>
    /// <param name="offering">The offering acronym.</param>
    /// <param name="partnerVouchers">The partner's vouchers.</param>
    /// <param name="catalogue">The catalogue, to know the offering.</param>
    /// <param name="today">Today in the program zone.</param>
    public static Decision<SavbRegistration> Register(
        Partner partner, Actor actor, string offering, IEnumerable<Voucher> partnerVouchers, ProgramCatalogue catalogue, LocalDate today)
    {
        var refusals = new List<Refusal>();
        if (actor is not PartnerUserActor user || !Allowed.Contains(actor.Role))
        {
            refusals.Add(new RoleNotAllowed(actor.Role, Allowed));
        }
        else if (!string.Equals(user.MpnId, partner.MpnId, StringComparison.OrdinalIgnoreCase))
        {
            refusals.Add(new PartnerNotFound(partner.MpnId));
        }

        var known = catalogue.FindOffering(offering);
        if (known is null)
        {
            return Decision<SavbRegistration>.Refuse([.. refusals, new OfferingUnknown(offering)]);
        }

        if (partner.FindSavbRegistration(known.Acronym) is { } existing)
        {
            refusals.Add(new SavbAlreadyRegistered(known.Acronym, existing.RegisteredOn));
        }
        else if (!partnerVouchers.Any(v =>
                     v.State is VoucherState.Redeemed or VoucherState.PaymentRequested or VoucherState.Paid
                     && string.Equals(v.Offering, known.Acronym, StringComparison.OrdinalIgnoreCase)
                     && string.Equals(v.PartnerMpnId, partner.MpnId, StringComparison.OrdinalIgnoreCase)))
        {
            refusals.Add(new NoRedeemedVoucher(known.Acronym));
        }

        return Decision<SavbRegistration>.From(refusals, () => new SavbRegistration(known.Acronym, today));
    }
}
