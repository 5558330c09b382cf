using System.Net.Mail;

namespace PlanningServicesBot.Journeys.Program;

/// <summary>Where users are sent for Partner Support: EMEA partners to a mailbox, everyone else to a Partner Center service request.</summary>
public sealed class SupportOptions
{
    public const string SectionName = "Support";

    public string EmeaMailbox { get; set; } = "savoucher@msdirectservices.com";

    public string ServiceRequestUrl { get; set; } = "https://partner.microsoft.com/dashboard/support/servicerequests";

    public IEnumerable<string> Validate()
    {
        if (!MailAddress.TryCreate(EmeaMailbox, out var mailbox) || mailbox.Address != EmeaMailbox || mailbox.DisplayName.Length > 0)
        {
            yield return $"{SectionName}:EmeaMailbox must be an e-mail address like savoucher@msdirectservices.com (was '{EmeaMailbox}').";
        }

        if (!Uri.TryCreate(ServiceRequestUrl, UriKind.Absolute, out var url) || url.Scheme != Uri.UriSchemeHttps)
        {
            yield return $"{SectionName}:ServiceRequestUrl must be an https address (was '{ServiceRequestUrl}').";
        }
    }
}
