namespace PlanningServicesBot.Domain.Actors;

/// <summary>The system acting on its own, e.g. an import or the payment feed.</summary>
/// <param name="Component">Which part of the system acts, e.g. "import".</param>
public sealed record SystemActor(string Component) : Actor
{
    /// <inheritdoc />
    public override ActorRole Role => ActorRole.System;

    /// <inheritdoc />
    public override string AuditId => $"system:{Component}";
}
