using PlanningServicesBot.Domain.Actors;

namespace PlanningServicesBot.Domain.Refusals;

/// <summary>The actor's role may not perform this operation.</summary>
/// <param name="Actual">The actor's role.</param>
/// <param name="Allowed">The roles that may.</param>
public sealed record RoleNotAllowed(ActorRole Actual, IReadOnlyList<ActorRole> Allowed) : Refusal;
