namespace PlanningServicesBot.Hosting;

/// <summary>How long conversation and user state is kept after its last write, and how often that is enforced.</summary>
public sealed class BotStateRetentionOptions
{
    public const string SectionName = "BotState";

    /// <summary>Days a state document is kept after its last write; 0 keeps state for ever.</summary>
    public int RetentionDays { get; set; } = 90;

    /// <summary>Time between sweeps; the first comes <see cref="FirstSweepDelay"/> after start.</summary>
    public TimeSpan RetentionSweepInterval { get; set; } = TimeSpan.FromHours(6);

    public TimeSpan FirstSweepDelay { get; set; } = TimeSpan.FromMinutes(1);

    public IEnumerable<string> Validate()
    {
        if (RetentionDays < 0)
        {
            yield return $"{SectionName}:RetentionDays must be 0 (keep state for ever) or more.";
        }

        if (RetentionSweepInterval <= TimeSpan.Zero || FirstSweepDelay < TimeSpan.Zero)
        {
            yield return $"{SectionName}:RetentionSweepInterval must be positive and FirstSweepDelay not negative.";
        }
    }
}
