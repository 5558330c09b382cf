using PlanningServicesBot.Domain.Partners;

namespace PlanningServicesBot.Data.Demo;

/// <summary>A demo partner as stored before its story is played, and the offerings its global admin registers in SAVB along the way.</summary>
internal sealed record DemoPartner(Partner Partner, IReadOnlyList<string> SavbOfferings);
