using PlanningServicesBot.Domain.Actors;
using PlanningServicesBot.Domain.Partners;

namespace PlanningServicesBot.Identity;

/// <summary>The user of this turn: a customer, a partner user with their role, or support staff.</summary>
public sealed record BotUser(BotUserKind Kind, PartnerUser? PartnerUser = null, string? TenantId = null, string? AadObjectId = null)
{
    public static BotUser Customer { get; } = new(BotUserKind.Customer);

    public bool IsPartnerAdmin => PartnerUser?.Role is PartnerRole.GlobalAdmin or PartnerRole.MpnPartnerAdmin;

    /// <summary>Who acts in domain operations; null for an anonymous customer.</summary>
    public Actor? Actor => Kind switch
    {
        BotUserKind.PartnerUser => PartnerUserActor.For(PartnerUser!),
        BotUserKind.SupportStaff => new SupportStaffActor(TenantId!, AadObjectId!),
        _ => null,
    };
}
