namespace PlanningServicesBot.Domain.Actors;

/// <summary>A member of program support staff.</summary>
/// <param name="TenantId">The staff member's Azure AD tenant id.</param>
/// <param name="AadObjectId">The staff member's Azure AD object id.</param>
public sealed record SupportStaffActor(string TenantId, string AadObjectId) : Actor
{
    /// <inheritdoc />
    public override ActorRole Role => ActorRole.SupportStaff;

    /// <inheritdoc />
    public override string AuditId => $"support:{TenantId}/{AadObjectId}";
}
