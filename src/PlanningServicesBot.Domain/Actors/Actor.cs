using System.Text.Json.Serialization;

namespace PlanningServicesBot.Domain.Actors;

/// <summary>Who is acting in an operation.</summary>
[JsonPolymorphic(TypeDiscriminatorPropertyName = "kind")]
[JsonDerivedType(typeof(PartnerUserActor), "PartnerUser")]
[JsonDerivedType(typeof(SupportStaffActor), "SupportStaff")]
[JsonDerivedType(typeof(CustomerActor), "Customer")]
[JsonDerivedType(typeof(SystemActor), "System")]
public abstract record Actor
{
    /// <summary>The capacity the actor acts in.</summary>
    [JsonIgnore]
    public abstract ActorRole Role { get; }

    /// <summary>A stable, compact identification for the audit log, e.g. "partner:1234567:tenant/object".</summary>
    [JsonIgnore]
    public abstract string AuditId { get; }
}
