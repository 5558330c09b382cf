using BotRuntime.DirectLine;
using Microsoft.Extensions.Options;
using PlanningServicesBot.Data.Demo;
using PlanningServicesBot.Domain.Partners;
using PlanningServicesBot.Hosting;
using PlanningServicesBot.Identity;

namespace PlanningServicesBot.WebChat;

/// <summary>
/// Who the page may chat as. Outside demo mode only anonymous customers; in demo mode also the demo partner's users
/// and support staff, whose directory identity the token carries so the bot knows them as it would in Teams (only the
/// app's own Direct Line can carry one, so with an external Direct Line everyone is a customer).
/// </summary>
public sealed class WebChatIdentities(IOptions<DemoOptions> demo, IOptions<SupportStaffOptions> supportStaff, IOptions<WebChatOptions> webChat)
{
    public const string Customer = "customer";
    public const string PartnerGlobalAdmin = "partner-global-admin";
    public const string PartnerMpnAdmin = "partner-mpn-admin";
    public const string PartnerConsultant = "partner-consultant";
    public const string SupportStaff = "support-staff";

    public IReadOnlyList<WebChatIdentity> All => demo.Value.Enabled && !webChat.Value.UsesExternalDirectLine ? DemoChoices() : [Anonymous];

    private static WebChatIdentity Anonymous => new(Customer, "Customer", null);

    public WebChatIdentity? Find(string? key) =>
        All.FirstOrDefault(identity => string.Equals(identity.Key, string.IsNullOrEmpty(key) ? Customer : key, StringComparison.Ordinal));

    private static WebChatIdentity Partner(string key, PartnerRole role, string roleName)
    {
        var user = DemoIdentities.For(DemoIdentities.FabrikamMpnId, role);
        return new WebChatIdentity(
            key,
            $"{user.DisplayName} — {roleName}, {user.PartnerName}",
            new DirectLineUser("dl_" + user.AadObjectId, user.DisplayName, user.AadObjectId, user.TenantId));
    }

    private List<WebChatIdentity> DemoChoices()
    {
        var identities = new List<WebChatIdentity>
        {
            Anonymous,
            Partner(PartnerGlobalAdmin, PartnerRole.GlobalAdmin, "Global admin"),
            Partner(PartnerMpnAdmin, PartnerRole.MpnPartnerAdmin, "MPN partner admin"),
            Partner(PartnerConsultant, PartnerRole.Consultant, "Consultant"),
        };
        var staff = supportStaff.Value;
        if (!string.IsNullOrWhiteSpace(staff.TenantId) && staff.AadObjectIds.FirstOrDefault() is { Length: > 0 } objectId)
        {
            identities.Add(new WebChatIdentity(
                SupportStaff, "Partner support staff", new DirectLineUser("dl_" + objectId, "Support staff", objectId, staff.TenantId)));
        }

        return identities;
    }
}
