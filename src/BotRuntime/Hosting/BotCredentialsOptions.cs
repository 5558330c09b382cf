namespace BotRuntime.Hosting;

/// <summary>The bot's Azure identity, bound from the four flat root keys Azure templates write.</summary>
public sealed class BotCredentialsOptions
{
    public string? MicrosoftAppType { get; set; }

    public string? MicrosoftAppId { get; set; }

    public string? MicrosoftAppPassword { get; set; }

    public string? MicrosoftAppTenantId { get; set; }

    /// <summary>No app id: channel requests are not authenticated and replies carry no token (Emulator, local Direct Line).</summary>
    public bool IsAuthenticationDisabled => string.IsNullOrWhiteSpace(MicrosoftAppId);

    public bool IsSingleTenant => string.Equals(MicrosoftAppType, MicrosoftAppTypes.SingleTenant, StringComparison.OrdinalIgnoreCase);
}
