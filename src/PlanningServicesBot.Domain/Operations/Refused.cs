using PlanningServicesBot.Domain.Refusals;

namespace PlanningServicesBot.Domain.Operations;

/// <summary>The operation changed nothing, for every one of these reasons.</summary>
/// <param name="Reasons">Every reason, in the order the rules were checked.</param>
public sealed record Refused(IReadOnlyList<Refusal> Reasons) : OperationOutcome;
