using Microsoft.Extensions.Options;
using NodaTime;
using PlanningServicesBot.Hosting;

namespace PlanningServicesBot.StatusCheck;

/// <summary>
/// Rate-limits a user's voucher checks: after too many failures within the window, checks are refused until
/// the lockout ends, so nobody can probe voucher numbers or e-mail addresses by trial and error.
/// </summary>
public sealed class StatusCheckGuard(IOptions<StatusCheckOptions> options)
{
    private readonly StatusCheckOptions _options = options.Value;

    /// <summary>When the user's lockout ends, or null when they may check now.</summary>
    public Instant? LockedUntil(StatusCheckRecord record, Instant now) =>
        record.LockedUntilUnixMs is { } until && Instant.FromUnixTimeMilliseconds(until) > now
            ? Instant.FromUnixTimeMilliseconds(until)
            : null;

    /// <summary>Counts a failed check; returns when the user is now locked out until, if this failure locked them out.</summary>
    public Instant? RecordFailure(StatusCheckRecord record, Instant now)
    {
        var windowStart = now - Duration.FromTimeSpan(_options.FailureWindow);
        record.FailuresUnixMs.RemoveAll(ms => Instant.FromUnixTimeMilliseconds(ms) <= windowStart);
        record.FailuresUnixMs.Add(now.ToUnixTimeMilliseconds());
        if (record.FailuresUnixMs.Count < _options.MaxFailures)
        {
            return null;
        }

        var until = now + Duration.FromTimeSpan(_options.Lockout);
        record.LockedUntilUnixMs = until.ToUnixTimeMilliseconds();
        record.FailuresUnixMs.Clear();
        return until;
    }

    public void RecordSuccess(StatusCheckRecord record) => record.FailuresUnixMs.Clear();
}
