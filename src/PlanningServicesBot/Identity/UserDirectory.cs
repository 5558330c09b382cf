using System.Text.Json;
using BotRuntime;
using BotRuntime.Schema;
using Microsoft.Extensions.Options;
using PlanningServicesBot.Domain.Abstractions;

namespace PlanningServicesBot.Identity;

/// <summary>
/// Maps a channel identity to a bot user, the way Teams identifies people: <c>from.aadObjectId</c> plus the tenant
/// (<c>channelData.tenant.id</c>, else <c>conversation.tenantId</c>). Anyone else is treated as a customer.
/// The result is kept for the rest of the turn.
/// </summary>
public sealed class UserDirectory(IPartnerRepository partners, IOptions<SupportStaffOptions> supportStaff)
{
    private const string TurnStateKey = "PlanningServicesBot.BotUser";

    public async Task<BotUser> ResolveAsync(ITurnContext turnContext, CancellationToken cancellationToken)
    {
        if (turnContext.TurnState.Get<BotUser>(TurnStateKey) is { } known)
        {
            return known;
        }

        var user = await ResolveAsync(turnContext.Activity, cancellationToken);
        turnContext.TurnState.Set(TurnStateKey, user);
        return user;
    }

    public async Task<BotUser> ResolveAsync(Activity activity, CancellationToken cancellationToken)
    {
        var objectId = activity.From?.AadObjectId;
        var tenantId = TenantOf(activity);
        if (string.IsNullOrWhiteSpace(objectId) || string.IsNullOrWhiteSpace(tenantId))
        {
            return BotUser.Customer;
        }

        if (await partners.FindUserAsync(tenantId, objectId, cancellationToken) is { } partnerUser)
        {
            return new BotUser(BotUserKind.PartnerUser, partnerUser, tenantId, objectId);
        }

        var staff = supportStaff.Value;
        return string.Equals(staff.TenantId, tenantId, StringComparison.OrdinalIgnoreCase)
               && staff.AadObjectIds.Contains(objectId, StringComparer.OrdinalIgnoreCase)
            ? new BotUser(BotUserKind.SupportStaff, null, tenantId, objectId)
            : BotUser.Customer;
    }

    private static string? TenantOf(Activity activity) =>
        activity.ChannelData is { ValueKind: JsonValueKind.Object } data
        && data.TryGetProperty("tenant", out var tenant)
        && tenant.ValueKind == JsonValueKind.Object
        && tenant.TryGetProperty("id", out var id)
        && id.ValueKind == JsonValueKind.String
            ? id.GetString()
            : activity.Conversation?.TenantId;
}
