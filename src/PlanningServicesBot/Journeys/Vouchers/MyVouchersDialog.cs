using System.Globalization;
using System.Text.Json.Nodes;
using BotRuntime;
using BotRuntime.Dialogs;
using NodaTime;
using PlanningServicesBot.Cards;
using PlanningServicesBot.Domain.Abstractions;
using PlanningServicesBot.Domain.Calendar;
using PlanningServicesBot.Domain.Catalogue;
using PlanningServicesBot.Domain.Deadlines;
using PlanningServicesBot.Domain.Vouchers;
using PlanningServicesBot.Identity;
using PlanningServicesBot.Intents;
using PlanningServicesBot.Localization;

namespace PlanningServicesBot.Journeys.Vouchers;

/// <summary>
/// The company's vouchers grouped by what is to be done next, most urgent first, each with its days left;
/// selecting one opens its timeline.
/// </summary>
public sealed class MyVouchersDialog : JourneyDialog
{
    public const string DialogId = "myVouchers";
    private const int ShownPerGroup = 6;

    private static readonly VoucherStatus[] GroupOrder =
        [VoucherStatus.Delivered, VoucherStatus.Reserved, VoucherStatus.Redeemed, VoucherStatus.PaymentRequested, VoucherStatus.Paid, VoucherStatus.Expired];

    private readonly BotText _text;
    private readonly IClock _clock;
    private readonly ProgramCalendar _calendar;
    private readonly ProgramCatalogue _catalogue;
    private readonly IVoucherRepository _vouchers;
    private readonly ICustomerRepository _customers;
    private readonly IPartnerRepository _partners;
    private readonly DeadlineCalendar _deadlines;
    private readonly UserDirectory _users;
    private readonly BotCards _cards;
    private readonly VoucherTimelineCard _timeline;

    public MyVouchersDialog(
        BotText text,
        IClock clock,
        ProgramCalendar calendar,
        ProgramCatalogue catalogue,
        IVoucherRepository vouchers,
        ICustomerRepository customers,
        IPartnerRepository partners,
        DeadlineCalendar deadlines,
        UserDirectory users,
        BotCards cards,
        VoucherTimelineCard timeline)
        : base(DialogId, UserIntent.MyVouchers)
    {
        _text = text;
        _clock = clock;
        _calendar = calendar;
        _catalogue = catalogue;
        _vouchers = vouchers;
        _customers = customers;
        _partners = partners;
        _deadlines = deadlines;
        _users = users;
        _cards = cards;
        _timeline = timeline;
        AddDialog(new WaterfallDialog($"{DialogId}.steps", [ListVouchersStepAsync]));
        InitialDialogId = $"{DialogId}.steps";
    }

    public override bool IsOfferedTo(BotUser user) => user.Kind == BotUserKind.PartnerUser;

    private async Task<DialogTurnResult> ListVouchersStepAsync(WaterfallStepContext step, CancellationToken cancellationToken)
    {
        var user = await _users.ResolveAsync(step.Context, cancellationToken);
        if (!IsOfferedTo(user))
        {
            return await RefuseUserAsync(step, user, _text, cancellationToken);
        }

        var mpnId = user.PartnerUser!.MpnId;
        var now = _clock.GetCurrentInstant();
        var today = _calendar.Today(now);
        var userTime = UserTimeFor(step.Context, _calendar.Zone);
        var partner = await _partners.FindAsync(mpnId, cancellationToken);
        var vouchers = await _vouchers.ListByPartnerAsync(mpnId, cancellationToken);
        var customerNames = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var agreement in vouchers.Select(v => v.AgreementNumber).Distinct())
        {
            customerNames[agreement] = (await _customers.FindAsync(agreement, cancellationToken))?.Name ?? agreement;
        }

        var rows = vouchers
            .Select(voucher => (Voucher: voucher, Status: voucher.StatusOn(today, _calendar), Next: _deadlines.For(voucher, now).FirstOrDefault(d => !d.HasPassed)))
            .ToList();
        var groups = GroupOrder
            .Select(status => (Status: status, Items: rows.Where(r => r.Status == status).OrderBy(r => r.Next?.DaysLeft ?? int.MaxValue).ThenBy(r => r.Voucher.Number.Value, StringComparer.Ordinal).ToList()))
            .Where(g => g.Items.Count > 0)
            .Select(g => (JsonNode)new JsonObject
            {
                ["title"] = _text.Format($"MyVouchers.Group.{g.Status}", g.Items.Count.ToString(CultureInfo.CurrentCulture)),
                ["more"] = g.Items.Count > ShownPerGroup ? _text.Format("MyVouchers.More", (g.Items.Count - ShownPerGroup).ToString(CultureInfo.CurrentCulture)) : string.Empty,
                ["vouchers"] = new JsonArray(g.Items.Take(ShownPerGroup).Select(r => (JsonNode)Row(r.Voucher, r.Next, customerNames[r.Voucher.AgreementNumber], userTime)).ToArray()),
            })
            .ToArray();

        var card = _cards.Render(CardNames.MyVouchers, new JsonObject
        {
            ["t"] = new JsonObject
            {
                ["title"] = _text.Format("MyVouchers.Title", partner?.Name ?? mpnId),
                ["none"] = _text["MyVouchers.None"],
                ["hint"] = _text["MyVouchers.Hint"],
                ["menu"] = _text["Common.Menu"],
            },
            ["noVouchers"] = groups.Length == 0,
            ["groups"] = new JsonArray(groups),
        });
        await step.Context.SendActivityAsync(MessageFactory.Attachment(card), cancellationToken);
        return await step.EndDialogAsync(null, cancellationToken);
    }

    private JsonObject Row(Voucher voucher, Deadline? next, string customer, UserTime userTime)
    {
        var offering = _catalogue.FindOffering(voucher.Offering)?.Acronym ?? voucher.Offering;
        var days = voucher.Days.ToString(CultureInfo.CurrentCulture);
        return new JsonObject
        {
            ["number"] = voucher.Number.Value,
            ["customer"] = customer,
            ["summary"] = next is null
                ? _text.Format("MyVouchers.SummaryDone", offering, days)
                : _text.Format("MyVouchers.Summary", offering, days, _text[$"Deadline.{next.Kind}"].ToLower(CultureInfo.CurrentCulture), userTime.Day(next.LastDay)),
            ["left"] = next is null ? _text["MyVouchers.NoDeadline"] : _timeline.DaysLeft(next),
            ["open"] = _text.Format("MyVouchers.Open", voucher.Number.Value),
        };
    }
}
