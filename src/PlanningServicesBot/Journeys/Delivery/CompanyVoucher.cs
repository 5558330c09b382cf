using PlanningServicesBot.Domain.Vouchers;
using PlanningServicesBot.Identity;

namespace PlanningServicesBot.Journeys.Delivery;

/// <summary>Whether a voucher is the user's company's: its facts are shown only then; anything else is the domain's to refuse.</summary>
internal static class CompanyVoucher
{
    public static bool IsHeldBy(Voucher voucher, BotUser user) =>
        user.PartnerUser is { } partnerUser
        && string.Equals(voucher.PartnerMpnId, partnerUser.MpnId, StringComparison.OrdinalIgnoreCase);
}
