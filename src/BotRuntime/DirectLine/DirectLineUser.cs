namespace BotRuntime.DirectLine;

/// <summary>
/// The user a token speaks for. Every activity posted with the token is sent as this user, whatever the client
/// wrote in <c>from</c>; the directory identity (object id and tenant), when present, reaches the bot as Teams sends
/// it: <c>from.aadObjectId</c> and <c>channelData.tenant.id</c>.
/// </summary>
public sealed record DirectLineUser(string Id, string? Name = null, string? AadObjectId = null, string? TenantId = null)
{
    public const int MaxIdLength = 128;

    /// <summary>A fresh anonymous user id; the dl_ prefix tells Web Chat the id came from the token, not the page.</summary>
    public static DirectLineUser Anonymous() => new("dl_" + DirectLineIds.NewRandom());

    /// <summary>Both the object id and the tenant, or neither: one without the other identifies nobody.</summary>
    public bool HasDirectoryIdentity => !string.IsNullOrEmpty(AadObjectId) && !string.IsNullOrEmpty(TenantId);
}
