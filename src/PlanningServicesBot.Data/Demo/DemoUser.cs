using PlanningServicesBot.Domain.Actors;
using PlanningServicesBot.Domain.Partners;

namespace PlanningServicesBot.Data.Demo;

/// <summary>A demo partner user with a fixed Azure AD identity, so anyone can act as them from the Emulator or a script.</summary>
public sealed record DemoUser(string MpnId, string PartnerName, PartnerRole Role, string AadObjectId, string DisplayName)
{
    public string TenantId => DemoIdentities.TenantId;

    public PartnerUser ToPartnerUser() => new(MpnId, TenantId, AadObjectId, DisplayName, Role);

    public PartnerUserActor ToActor() => new(MpnId, TenantId, AadObjectId, Role);
}
