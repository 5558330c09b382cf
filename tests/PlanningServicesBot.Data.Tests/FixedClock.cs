using NodaTime;

namespace PlanningServicesBot.Data.Tests;

public sealed class FixedClock(Instant now) : IClock
{
    public Instant Now { get; set; } = now;

    public Instant GetCurrentInstant() => Now;
}
