using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using BotRuntime;
using BotRuntime.Dialogs;
using BotRuntime.Dialogs.Prompts;
using NodaTime;
using PlanningServicesBot.Cards;
using PlanningServicesBot.Domain.Abstractions;
using PlanningServicesBot.Domain.Calendar;
using PlanningServicesBot.Domain.Catalogue;
using PlanningServicesBot.Domain.Deadlines;
using PlanningServicesBot.Domain.Operations;
using PlanningServicesBot.Domain.Refusals;
using PlanningServicesBot.Domain.Vouchers;
using PlanningServicesBot.Identity;
using PlanningServicesBot.Intents;
using PlanningServicesBot.Localization;
using PlanningServicesBot.Presentation;

namespace PlanningServicesBot.Journeys.Delivery;

/// <summary>
/// A partner admin redeems one or more of the company's delivered vouchers (picked, or given): a confirmation card
/// listing them, then each is redeemed by the domain on its own, so a voucher whose window closed is refused with its
/// reason and date while the others still redeem. The result card shows, per redeemed voucher, the payment-request
/// deadline, and per refused voucher every reason. Each voucher's operation key comes from the card's operation id and
/// the voucher number, so confirming the same card twice redeems nothing twice.
/// </summary>
public sealed class RedeemDialog : ActingCardJourneyDialog
{
    public const string DialogId = "redeem";
    private const string StepsId = DialogId + ".steps";
    private const string PickPrompt = DialogId + ".pickPrompt";
    private const string ConfirmPrompt = DialogId + ".confirmPrompt";
    private const int MaxCardAttempts = 5;

    private readonly VoucherJourneyServices _core;
    private readonly DeliveryFacts _facts;
    private readonly DeliveryReplies _replies;
    private readonly RedeemCards _cards;
    private readonly VoucherPickerCard _picker;

    public RedeemDialog(
        VoucherJourneyServices core,
        DeliveryFacts facts,
        DeliveryReplies replies,
        RedeemCards cards,
        VoucherPickerCard picker)
        : base(DialogId, UserIntent.Redeem)
    {
        _core = core;
        _facts = facts;
        _replies = replies;
        _cards = cards;
        _picker = picker;

        AddDialog(new CardFormPrompt(PickPrompt, state => DeliverySubmit.CardIn(state.Data), ValidatePickAsync) { MaxAttempts = MaxCardAttempts });
        AddDialog(new CardFormPrompt(ConfirmPrompt, state => DeliverySubmit.CardIn(state.Data), ValidateConfirmAsync) { MaxAttempts = MaxCardAttempts });
        AddDialog(new WaterfallDialog(StepsId, [ChooseVouchersStepAsync, ConfirmStepAsync, RedeemStepAsync]));
        InitialDialogId = StepsId;
    }

    /// <summary>Offered to partner admins; anyone else who asks is told by the domain who may redeem.</summary>
    public override bool IsOfferedTo(BotUser user) => user.IsPartnerAdmin;

    private async Task<DialogTurnResult> ChooseVouchersStepAsync(WaterfallStepContext step, CancellationToken cancellationToken)
    {
        var context = step.Context;
        var user = await _core.Users.ResolveAsync(context, cancellationToken);
        if (user.Kind != BotUserKind.PartnerUser)
        {
            return await RefuseUserAsync(step, user, _core.Text, cancellationToken);
        }

        if (SubmittedCard(context.Activity) == CardNames.RedeemConfirm)
        {
            // A confirmation used after its journey ended (a double click, or a card kept from earlier): acted on once.
            return await RedeemAsync(step, user, DeliverySubmit.Values(context.Activity), cancellationToken);
        }

        var given = step.GetOptions<JourneyOptions>()?.VoucherNumber ?? SubmitString(context.Activity, DeliverySubmit.Voucher);
        if (_core.Numbers.ParseOrNull(given) is { } number)
        {
            return await step.NextAsync(number.Value, cancellationToken);
        }

        var now = _core.Clock.GetCurrentInstant();
        var delivered = (await _core.Vouchers.ListByPartnerAsync(user.PartnerUser!.MpnId, cancellationToken))
            .Where(v => v.State == VoucherState.Delivered)
            .Select(v => (Voucher: v, Redeem: _facts.Deadline(v, DeadlineKind.Redeem, now)!))
            .OrderBy(d => d.Redeem.HasPassed)
            .ThenBy(d => d.Redeem.HasPassed ? -d.Redeem.DaysLeft : d.Redeem.DaysLeft)
            .ThenBy(d => d.Voucher.Number.Value, StringComparer.Ordinal)
            .Select(d => d.Voucher)
            .ToList();
        if (delivered.Count == 0)
        {
            await context.SendActivityAsync(MessageFactory.Text(_core.Text["Redeem.NoneDelivered"]), cancellationToken);
            return await step.EndDialogAsync(null, cancellationToken);
        }

        var userTime = UserTimeFor(context, _core.Calendar.Zone);
        var customers = await _facts.CustomersOfAsync(delivered, cancellationToken);
        var card = _picker.Build(new Dictionary<string, string>
        {
            ["title"] = _core.Text["Redeem.PickTitle"],
            ["prompt"] = _core.Text["Redeem.PickPrompt"],
            ["required"] = _core.Text["Redeem.PickRequired"],
            ["submit"] = _core.Text["Redeem.PickSubmit"],
        }, delivered.Select(v => (v.Number.Value, _cards.PickerLine(v, customers, now, userTime))), multiSelect: true);
        return await step.BeginDialogAsync(PickPrompt, new CardFormOptions
        {
            Data = new JsonObject
            {
                [DeliverySubmit.CardKey] = card,
                [DeliverySubmit.OfferedKey] = new JsonArray(delivered.Select(v => (JsonNode)v.Number.Value).ToArray()),
            },
        }, cancellationToken);
    }

    private async Task<DialogTurnResult> ConfirmStepAsync(WaterfallStepContext step, CancellationToken cancellationToken)
    {
        IReadOnlyList<string> numbers = step.Result switch
        {
            string given => [given],
            IReadOnlyDictionary<string, string> picked => VoucherPickerCard.Picked(picked.GetValueOrDefault(VoucherPickerCard.InputId)),
            _ => [],
        };
        if (numbers.Count == 0)
        {
            await step.Context.SendActivityAsync(_replies.GaveUp(), cancellationToken);
            return await step.EndDialogAsync(null, cancellationToken);
        }

        var user = await _core.Users.ResolveAsync(step.Context, cancellationToken);
        var vouchers = new List<Voucher>();
        foreach (var number in numbers)
        {
            if (_core.Numbers.ParseOrNull(number) is not { } parsed || await _core.Vouchers.FindAsync(parsed, cancellationToken) is not { } voucher)
            {
                await step.Context.SendActivityAsync(_replies.UnknownVoucher(number), cancellationToken);
                return await step.EndDialogAsync(null, cancellationToken);
            }

            vouchers.Add(voucher);
        }

        var opId = NewOperationId();
        var customers = await _facts.CustomersOfAsync(vouchers.Where(v => CompanyVoucher.IsHeldBy(v, user)), cancellationToken);
        var card = _cards.Confirm(vouchers, customers, v => CompanyVoucher.IsHeldBy(v, user), opId, _core.Clock.GetCurrentInstant(), UserTimeFor(step.Context, _core.Calendar.Zone));
        return await step.BeginDialogAsync(ConfirmPrompt, new CardFormOptions
        {
            Data = new JsonObject { [DeliverySubmit.CardKey] = card, [OperationIdProperty] = opId },
        }, cancellationToken);
    }

    private async Task<DialogTurnResult> RedeemStepAsync(WaterfallStepContext step, CancellationToken cancellationToken)
    {
        if (step.Result is not IReadOnlyDictionary<string, string> values)
        {
            await step.Context.SendActivityAsync(_replies.GaveUp(), cancellationToken);
            return await step.EndDialogAsync(null, cancellationToken);
        }

        return await RedeemAsync(step, await _core.Users.ResolveAsync(step.Context, cancellationToken), values, cancellationToken);
    }

    /// <summary>Redeems each voucher of a confirmation card on its own: once per card and voucher, never one that changed since the card was drawn.</summary>
    private async Task<DialogTurnResult> RedeemAsync(WaterfallStepContext step, BotUser user, IReadOnlyDictionary<string, string> values, CancellationToken cancellationToken)
    {
        var context = step.Context;
        var numbers = VoucherPickerCard.Picked(values.GetValueOrDefault(VoucherPickerCard.InputId))
            .Select(n => _core.Numbers.ParseOrNull(n))
            .ToList();
        if (numbers.Count == 0 || numbers.Any(n => n is null))
        {
            await context.SendActivityAsync(MessageFactory.Text(_core.Text["Delivery.CardUnreadable"]), cancellationToken);
            return await step.EndDialogAsync(null, cancellationToken);
        }

        var drawnFrom = VersionsOf(values.GetValueOrDefault(DeliverySubmit.VoucherVersions));
        var cardKey = OperationKeyOf(context.Activity);
        var now = _core.Clock.GetCurrentInstant();
        var userTime = UserTimeFor(context, _core.Calendar.Zone);
        var redeemed = new List<Voucher>();
        var refused = new List<(string Number, IReadOnlyList<string> Reasons)>();
        var reasons = new List<Refusal>();
        var alreadyDone = false;
        foreach (var number in numbers.Select(n => n!))
        {
            var key = KeyFor(cardKey, number);
            var current = await _core.Vouchers.FindAsync(number, cancellationToken);
            if (current is not null && CompanyVoucher.IsHeldBy(current, user)
                && drawnFrom.TryGetValue(number.Value, out var version) && version != current.Version
                && await _core.Vouchers.FindOutcomeAsync(key, cancellationToken) is null)
            {
                refused.Add((number.Value, [_core.Text["Operation.StaleCard"], _core.Text.Format("Delivery.NowState", number.Value, _facts.State(current, now))]));
                continue;
            }

            switch (await _core.Operations.RedeemAsync(key, user.Actor!, new RedeemVoucher(number), cancellationToken))
            {
                case Succeeded succeeded:
                    redeemed.Add(succeeded.Voucher);
                    alreadyDone |= succeeded.AlreadyDone;
                    break;
                case Refused refusal:
                    refused.Add((number.Value, _replies.Reasons(refusal.Reasons, userTime)));
                    reasons.AddRange(refusal.Reasons);
                    break;
            }
        }

        var whoCan = await _replies.WhoCanAsync(reasons, user, cancellationToken);
        await context.SendActivityAsync(MessageFactory.Attachment(
            _cards.Redeemed(redeemed, refused, whoCan, now, userTime),
            alreadyDone ? _core.Text["Operation.AlreadyDone"] : null), cancellationToken);
        return await step.EndDialogAsync(redeemed.Count, cancellationToken);
    }

    private Task<IReadOnlyDictionary<string, string>> ValidatePickAsync(CardFormValidatorContext form, CancellationToken cancellationToken) =>
        Task.FromResult<IReadOnlyDictionary<string, string>>(DeliverySubmit.Picked(form.Values, form.Data, several: true) is null
            ? new Dictionary<string, string> { [VoucherPickerCard.InputId] = _core.Text["Redeem.PickRequired"] }
            : new Dictionary<string, string>());

    private Task<IReadOnlyDictionary<string, string>> ValidateConfirmAsync(CardFormValidatorContext form, CancellationToken cancellationToken) =>
        Task.FromResult<IReadOnlyDictionary<string, string>>(DeliverySubmit.IsFromCard(form.Values, form.Data)
            ? new Dictionary<string, string>()
            : new Dictionary<string, string> { [string.Empty] = _core.Text["Delivery.OtherCard"] });


    /// <summary>One voucher's operation key within a card's: the card's key and the voucher number.</summary>
    private static OperationKey KeyFor(OperationKey cardKey, VoucherNumber number)
    {
        var key = $"{cardKey.Value}:{number.Value}";
        return new OperationKey(key.Length <= OperationKey.MaxLength ? key : Convert.ToHexString(SHA256.HashData(Encoding.UTF8.GetBytes(key))));
    }

    /// <summary>The voucher versions a card was drawn from, by voucher number; empty when the card carries none.</summary>
    private static Dictionary<string, long> VersionsOf(string? json)
    {
        var versions = new Dictionary<string, long>(StringComparer.Ordinal);
        try
        {
            if (json is not null && JsonNode.Parse(json) is JsonObject drawn)
            {
                foreach (var (number, version) in drawn)
                {
                    if (long.TryParse(version?.ToString(), NumberStyles.Integer, CultureInfo.InvariantCulture, out var parsed))
                    {
                        versions[number] = parsed;
                    }
                }
            }
        }
        catch (JsonException)
        {
            // A card that carries no readable versions is treated like one that carries none.
        }

        return versions;
    }
}
