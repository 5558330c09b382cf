namespace BotRuntime.Authentication;

public static class AuthenticationConstants
{
    /// <summary>Issuer of tokens the Bot Framework channels (Azure Bot Service) send.</summary>
    public const string ChannelIssuer = "https://api.botframework.com";

    /// <summary>Issuers of tokens the Bot Framework Emulator obtains with the bot's own credentials.</summary>
    public static readonly IReadOnlyList<string> EmulatorIssuers =
    [
        "https://sts.windows.net/d6d49420-f39b-4df7-a1dc-d59a935871db/",
        "https://login.microsoftonline.com/d6d49420-f39b-4df7-a1dc-d59a935871db/v2.0",
        "https://sts.windows.net/f8cdef31-a31e-4b4a-93e4-5f571e91255a/",
        "https://login.microsoftonline.com/f8cdef31-a31e-4b4a-93e4-5f571e91255a/v2.0",
    ];

    public const string ServiceUrlClaim = "serviceurl";

    public const string DefaultTokenAuthority = "https://login.microsoftonline.com";

    public const string MultiTenantTokenTenant = "botframework.com";

    public static IReadOnlyList<string> TenantIssuers(string tenantId) =>
    [
        $"https://sts.windows.net/{tenantId}/",
        $"https://login.microsoftonline.com/{tenantId}/v2.0",
    ];
}
