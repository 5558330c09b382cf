namespace BotRuntime.Hosting;

/// <summary>Runtime settings from the <c>BotRuntime</c> configuration section; defaults are the public Azure cloud.</summary>
public sealed class BotRuntimeOptions
{
    public const string SectionName = "BotRuntime";

    public string ChannelOpenIdMetadataUrl { get; set; } = "https://login.botframework.com/v1/.well-known/openidconfiguration";

    public string EmulatorOpenIdMetadataUrl { get; set; } = "https://login.microsoftonline.com/botframework.com/v2.0/.well-known/openid-configuration";

    /// <summary>Client-credentials token endpoint; empty means login.microsoftonline.com for the bot's tenant (or botframework.com).</summary>
    public string? TokenEndpoint { get; set; }

    public string ConnectorScope { get; set; } = "https://api.botframework.com/.default";

    /// <summary>Signing keys are re-read at least this often.</summary>
    public TimeSpan SigningKeyRefreshInterval { get; set; } = TimeSpan.FromHours(24);

    /// <summary>Shortest time between two key re-reads caused by tokens signed with an unknown key id.</summary>
    public TimeSpan UnknownKeyRefreshCooldown { get; set; } = TimeSpan.FromMinutes(1);

    /// <summary>Allowed difference between our clock and the token issuer's.</summary>
    public TimeSpan ClockSkew { get; set; } = TimeSpan.FromMinutes(5);

    public long MaxRequestBodyBytes { get; set; } = 256 * 1024;

    /// <summary>How often a turn is run when saving its state keeps meeting concurrent changes.</summary>
    public int MaxTurnAttempts { get; set; } = 3;

    /// <summary>A turn that takes longer than this (from arrival to replies delivered) is logged as a warning with where its time went.</summary>
    public TimeSpan SlowTurnWarning { get; set; } = TimeSpan.FromMilliseconds(500);

    /// <summary>
    /// Conversation and user state documents kept after a turn with the objects the turn used, so the next turn with
    /// the same key skips deserializing them (used only while storage still holds exactly that document); 0 = none.
    /// </summary>
    public int LiveStateDocuments { get; set; } = State.BotState.DefaultLiveDocuments;

    public ConnectorRetryOptions ConnectorRetry { get; set; } = new();
}
