namespace PlanningServicesBot.Domain.Partners;

/// <summary>A partner user's role in Partner Center, as far as Planning Services is concerned.</summary>
public enum PartnerRole
{
    /// <summary>Global admin: everything, including first-time SAVB registration.</summary>
    GlobalAdmin,

    /// <summary>MPN partner admin: works in the voucher tool.</summary>
    MpnPartnerAdmin,

    /// <summary>A consultant: may submit completion reports for the partner's engagements.</summary>
    Consultant,
}
