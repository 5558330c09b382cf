using NodaTime;

namespace PlanningServicesBot.Time;

/// <summary>
/// Demo mode's clock: starts on the demo day at the configured time of day in the program zone and then
/// advances at the real clock's pace, so every journey can be tried inside the program's life.
/// </summary>
public sealed class DemoClock(IClock realClock, Instant demoStart) : IClock
{
    private readonly Instant _realStart = realClock.GetCurrentInstant();

    public Instant DemoStart => demoStart;

    public Instant GetCurrentInstant() => demoStart + (realClock.GetCurrentInstant() - _realStart);
}
