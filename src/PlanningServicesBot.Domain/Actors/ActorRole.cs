namespace PlanningServicesBot.Domain.Actors;

/// <summary>The capacity in which someone acts; what a transition allows is decided by it.</summary>
public enum ActorRole
{
    /// <summary>A partner's global admin.</summary>
    GlobalAdmin,

    /// <summary>A partner's MPN partner admin.</summary>
    MpnPartnerAdmin,

    /// <summary>A partner's consultant.</summary>
    Consultant,

    /// <summary>Program support staff.</summary>
    SupportStaff,

    /// <summary>A customer (its SA benefits or voucher administrator).</summary>
    Customer,

    /// <summary>The system itself: imports, scheduled jobs.</summary>
    System,
}
