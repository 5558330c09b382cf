using PlanningServicesBot.Domain.Partners;

namespace PlanningServicesBot.Domain.Abstractions;

/// <summary>Where partners, their users and SAVB registrations are kept.</summary>
public interface IPartnerRepository
{
    /// <summary>The partner with this MPN id, with everything it holds, if any.</summary>
    Task<Partner?> FindAsync(string mpnId, CancellationToken cancellationToken);

    /// <summary>The partner user with this Azure AD identity, if any.</summary>
    Task<PartnerUser?> FindUserAsync(string tenantId, string aadObjectId, CancellationToken cancellationToken);

    /// <summary>Every partner.</summary>
    Task<IReadOnlyList<Partner>> ListAsync(CancellationToken cancellationToken);

    /// <summary>Adds the registration unless the partner already has one for the offering; true when added.</summary>
    Task<bool> AddSavbRegistrationAsync(string mpnId, SavbRegistration registration, CancellationToken cancellationToken);
}
