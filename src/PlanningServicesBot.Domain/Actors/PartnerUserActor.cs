using PlanningServicesBot.Domain.Partners;

namespace PlanningServicesBot.Domain.Actors;

/// <summary>A partner user acting for their partner.</summary>
/// <param name="MpnId">The partner the user acts for.</param>
/// <param name="TenantId">The user's Azure AD tenant id.</param>
/// <param name="AadObjectId">The user's Azure AD object id.</param>
/// <param name="PartnerRole">The user's role at the partner.</param>
public sealed record PartnerUserActor(string MpnId, string TenantId, string AadObjectId, PartnerRole PartnerRole) : Actor
{
    /// <summary>The actor for a known partner user.</summary>
    public static PartnerUserActor For(PartnerUser user) => new(user.MpnId, user.TenantId, user.AadObjectId, user.Role);

    /// <inheritdoc />
    public override ActorRole Role => PartnerRole switch
    {
        PartnerRole.GlobalAdmin => ActorRole.GlobalAdmin,
        PartnerRole.MpnPartnerAdmin => ActorRole.MpnPartnerAdmin,
        _ => ActorRole.Consultant,
    };

    /// <inheritdoc />
    public override string AuditId => $"partner:{MpnId}:{TenantId}/{AadObjectId}";
}
