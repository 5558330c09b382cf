namespace PlanningServicesBot.Data.Support;

/// <summary>
/// Who asked for support and where: the channel conversation (so staff can answer there), the channel's user id and
/// name, and, for a partner user, the partner's MPN id and the user's Entra ID (AAD) object id.
/// </summary>
public sealed record SupportRequester(
    string ChannelId,
    string ConversationId,
    string UserId,
    string? UserName,
    string? MpnId,
    string? AadObjectId);
