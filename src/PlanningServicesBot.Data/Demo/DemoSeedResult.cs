using NodaTime;

namespace PlanningServicesBot.Data.Demo;

/// <summary>What seeding the demo data did, for which demo date, and how much demo data there is.</summary>
/// <param name="DemoDate">The date the demo data is relative to; for <see cref="DemoSeedOutcome.SeededForAnotherDate"/>, the database's.</param>
public sealed record DemoSeedResult(DemoSeedOutcome Outcome, LocalDate DemoDate, int Partners, int Customers, int Vouchers);
