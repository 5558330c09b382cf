namespace PlanningServicesBot.Hosting;

/// <summary>How long what conversations leave behind is kept after they go quiet, and how often that is enforced.</summary>
public sealed class RetentionOptions
{
    public const string SectionName = "Retention";

    /// <summary>Days conversation and user state is kept after its last write; 0 keeps it for ever.</summary>
    public int BotStateDays { get; set; } = 90;

    /// <summary>Days a web chat (Direct Line) conversation and its activity log are kept after its last activity; 0 keeps them for ever.</summary>
    public int DirectLineDays { get; set; } = 30;

    /// <summary>Time between sweeps; the first comes <see cref="FirstSweepDelay"/> after start.</summary>
    public TimeSpan SweepInterval { get; set; } = TimeSpan.FromHours(6);

    public TimeSpan FirstSweepDelay { get; set; } = TimeSpan.FromMinutes(1);

    public IEnumerable<string> Validate()
    {
        if (BotStateDays < 0 || DirectLineDays < 0)
        {
            yield return $"{SectionName}:BotStateDays and DirectLineDays must be 0 (keep for ever) or more.";
        }

        if (SweepInterval <= TimeSpan.Zero || FirstSweepDelay < TimeSpan.Zero)
        {
            yield return $"{SectionName}:SweepInterval must be positive and FirstSweepDelay not negative.";
        }
    }
}
