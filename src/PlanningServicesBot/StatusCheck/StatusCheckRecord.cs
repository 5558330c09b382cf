namespace PlanningServicesBot.StatusCheck;

/// <summary>A user's recent failed voucher checks, kept in user state (Unix milliseconds keep it plain JSON).</summary>
public sealed class StatusCheckRecord
{
    public List<long> FailuresUnixMs { get; set; } = [];

    public long? LockedUntilUnixMs { get; set; }
}
