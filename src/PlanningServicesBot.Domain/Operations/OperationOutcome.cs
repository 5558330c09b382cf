using System.Text.Json.Serialization;

namespace PlanningServicesBot.Domain.Operations;

/// <summary>What a voucher operation came to: <see cref="Succeeded"/> or <see cref="Refused"/>. Serialise with <see cref="OperationOutcomeJson"/>.</summary>
[JsonPolymorphic(TypeDiscriminatorPropertyName = "outcome")]
[JsonDerivedType(typeof(Succeeded), nameof(Succeeded))]
[JsonDerivedType(typeof(Refused), nameof(Refused))]
public abstract record OperationOutcome;
