namespace PlanningServicesBot.Domain.Refusals;

/// <summary>Not every mandatory deliverable was confirmed.</summary>
/// <param name="Missing">The deliverables not confirmed.</param>
public sealed record DeliverablesNotConfirmed(IReadOnlyList<Deliverable> Missing) : Refusal;
