using BotRuntime;
using BotRuntime.Schema;
using PlanningServicesBot.Domain.Abstractions;
using PlanningServicesBot.Domain.Actors;
using PlanningServicesBot.Domain.Refusals;
using PlanningServicesBot.Domain.Vouchers;
using PlanningServicesBot.Identity;
using PlanningServicesBot.Localization;
using PlanningServicesBot.Presentation;

namespace PlanningServicesBot.Journeys.Delivery;

/// <summary>
/// The replies the delivery journeys share: every reason of a refusal in words, the people of the user's company who may
/// do what the user's role may not, and the answer to a stale card.
/// </summary>
public sealed class DeliveryReplies(BotText text, RefusalText refusals, IPartnerRepository partners, DeliveryFacts facts)
{
    public IReadOnlyList<string> Reasons(IEnumerable<Refusal> reasons, UserTime userTime) =>
        reasons.Select(reason => refusals.Describe(reason, userTime)).Distinct().ToList();

    /// <summary>An introduction, every reason on its own line, and who can act when the user's role may not.</summary>
    public async Task<Activity> RefusedAsync(string introduction, IReadOnlyList<Refusal> reasons, BotUser user, UserTime userTime, CancellationToken cancellationToken)
    {
        var lines = Reasons(reasons, userTime).Select(reason => text.Format("Delivery.ReasonLine", reason));
        var whoCan = await WhoCanAsync(reasons, user, cancellationToken);
        return MessageFactory.Text(string.Join("\n", lines.Prepend(introduction + "\n")) + (whoCan is null ? string.Empty : "\n\n" + whoCan));
    }

    /// <summary>"At Fabrikam Consulting GmbH, Anna Becker or Jonas Weber can do this." when a reason is the user's role; else null.</summary>
    public async Task<string?> WhoCanAsync(IEnumerable<Refusal> reasons, BotUser user, CancellationToken cancellationToken)
    {
        var allowed = reasons.OfType<RoleNotAllowed>().SelectMany(r => r.Allowed).ToHashSet();
        if (allowed.Count == 0 || user.PartnerUser is not { } partnerUser
            || await partners.FindAsync(partnerUser.MpnId, cancellationToken) is not { } partner)
        {
            return null;
        }

        var names = partner.Users.Where(u => allowed.Contains(PartnerUserActor.For(u).Role)).Select(u => u.DisplayName).ToList();
        return names.Count == 0 ? null : text.Format("Delivery.WhoCan", partner.Name, string.Join(text["Format.Or"], names));
    }

    /// <summary>The card was drawn for an older version of the voucher: say so, and where the voucher stands now.</summary>
    public Activity StaleCard(Voucher current, NodaTime.Instant now) =>
        MessageFactory.Text(string.Join("\n\n",
            text["Operation.StaleCard"],
            text.Format("Delivery.NowState", current.Number.Value, facts.State(current, now))));

    /// <summary>A card prompt was answered wrongly too many times.</summary>
    public Activity GaveUp() => MessageFactory.Text(text["Delivery.TooManyAttempts"]);

    /// <summary>A typed voucher number matches no voucher.</summary>
    public Activity UnknownVoucher(string number) => MessageFactory.Text(text.Format("Delivery.UnknownVoucher", number));
}
