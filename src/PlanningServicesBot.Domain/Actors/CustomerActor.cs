namespace PlanningServicesBot.Domain.Actors;

/// <summary>A customer acting on its own agreement.</summary>
/// <param name="AgreementNumber">The customer's agreement number.</param>
public sealed record CustomerActor(string AgreementNumber) : Actor
{
    /// <inheritdoc />
    public override ActorRole Role => ActorRole.Customer;

    /// <inheritdoc />
    public override string AuditId => $"customer:{AgreementNumber}";
}
