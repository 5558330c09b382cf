namespace PlanningServicesBot.Hosting;

/// <summary>Limits on the customer's voucher status check, which must not let anyone probe voucher numbers.</summary>
public sealed class StatusCheckOptions
{
    public const string SectionName = "StatusCheck";

    public int MaxFailures { get; set; } = 5;

    public TimeSpan FailureWindow { get; set; } = TimeSpan.FromMinutes(15);

    public TimeSpan Lockout { get; set; } = TimeSpan.FromMinutes(15);

    public IEnumerable<string> Validate()
    {
        if (MaxFailures < 1)
        {
            yield return $"{SectionName}:MaxFailures must be at least 1.";
        }

        if (FailureWindow <= TimeSpan.Zero || Lockout <= TimeSpan.Zero)
        {
            yield return $"{SectionName}:FailureWindow and Lockout must be positive.";
        }
    }
}
