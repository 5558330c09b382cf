namespace PlanningServicesBot.Domain.Partners;

/// <summary>A person acting for a partner, identified by their Azure AD (Teams) identity.</summary>
/// <param name="MpnId">The partner the user belongs to.</param>
/// <param name="TenantId">The Azure AD tenant id.</param>
/// <param name="AadObjectId">The user's Azure AD object id.</param>
/// <param name="DisplayName">The user's display name.</param>
/// <param name="Role">The user's role.</param>
public sealed record PartnerUser(string MpnId, string TenantId, string AadObjectId, string DisplayName, PartnerRole Role);
