namespace PlanningServicesBot.Identity;

/// <summary>Who is talking to the bot, as far as their channel identity tells.</summary>
public enum BotUserKind
{
    /// <summary>Anyone not signed in as a known partner user or support staff: a customer on the public web chat.</summary>
    Customer,

    /// <summary>A user of a partner company (Global admin, MPN partner admin or consultant).</summary>
    PartnerUser,

    /// <summary>Microsoft partner support staff.</summary>
    SupportStaff,
}
