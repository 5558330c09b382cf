using NodaTime;

namespace PlanningServicesBot.Data.Demo;

/// <summary>The clock the demo story is played on: set to each step's moment before the step runs.</summary>
internal sealed class DemoClock : IClock
{
    public Instant Now { get; set; }

    public Instant GetCurrentInstant() => Now;
}
