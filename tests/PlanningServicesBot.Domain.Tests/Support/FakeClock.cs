using NodaTime;

namespace PlanningServicesBot.Domain.Tests.Support;

/// <summary>A clock that says what the test tells it.</summary>
public sealed class FakeClock(Instant now) : IClock
{
    public Instant Now { get; set; } = now;

    public static FakeClock AtUtc(int year, int month, int day, int hour = 12) =>
        new(Instant.FromUtc(year, month, day, hour, 0));

    public Instant GetCurrentInstant() => Now;

    public void Advance(Duration duration) => Now += duration;
}
