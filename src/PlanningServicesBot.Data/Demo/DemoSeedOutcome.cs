namespace PlanningServicesBot.Data.Demo;

public enum DemoSeedOutcome
{
    /// <summary>The demo data was written (or completed, after an interrupted seed).</summary>
    Seeded,

    /// <summary>The demo data for this date was already there; nothing changed.</summary>
    AlreadySeeded,

    /// <summary>The database holds demo data for another demo date; nothing changed. Seed a fresh database instead.</summary>
    SeededForAnotherDate,
}
