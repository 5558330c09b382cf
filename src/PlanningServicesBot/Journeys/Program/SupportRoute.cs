using PlanningServicesBot.Domain.Partners;

namespace PlanningServicesBot.Journeys.Program;

/// <summary>Where one user follows up with Partner Support: the EMEA mailbox for EMEA partners, else a Partner Center service request.</summary>
internal sealed record SupportRoute(bool ByEmail, string Address)
{
    public static SupportRoute For(Partner? partner, SupportOptions options) =>
        partner?.Region == Region.Emea
            ? new SupportRoute(ByEmail: true, options.EmeaMailbox)
            : new SupportRoute(ByEmail: false, options.ServiceRequestUrl);

    /// <summary>The resource key suffix of this route's texts.</summary>
    public string TextKey => ByEmail ? "EmeaMailbox" : "ServiceRequest";

    /// <summary>The link that opens the route: a new e-mail with the subject filled in, or the service request page.</summary>
    public string Link(string mailSubject) =>
        ByEmail ? $"mailto:{Address}?subject={Uri.EscapeDataString(mailSubject)}" : Address;
}
