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
using PlanningServicesBot.Domain.Partners;
using PlanningServicesBot.Domain.Refusals;
using PlanningServicesBot.Domain.Vouchers;
using PlanningServicesBot.Identity;
using PlanningServicesBot.Intents;
using PlanningServicesBot.Localization;
using PlanningServicesBot.Presentation;

namespace PlanningServicesBot.Journeys.Delivery;

/// <summary>
/// A partner admin gets the company's redeemed vouchers paid: the payments card (redeemed vouchers by the urgency of
/// their payment request deadline, requested and paid ones with their status), then for a redeemed voucher the SAVB
/// registration guidance when the company has not registered its offering (a Global admin records the registration here),
/// then the payment request's SAVB reference, which the domain records before the deadline or refuses with every
/// reason. A requested or paid voucher shows its status card.
/// </summary>
public sealed class PaymentDialog : ActingCardJourneyDialog
{
    public const string DialogId = "payment";
    private const string StepsId = DialogId + ".steps";
    private const string RequestId = DialogId + ".request";
    private const string ListPrompt = DialogId + ".listPrompt";
    private const string SavbPrompt = DialogId + ".savbPrompt";
    private const string ReferencePrompt = DialogId + ".referencePrompt";
    private const string RegisterDecision = "register";
    private const string ContinueDecision = "continue";
    private const int MaxCardAttempts = 5;

    private readonly VoucherJourneyServices _core;
    private readonly PartnerOperations _partnerOperations;
    private readonly IPartnerRepository _partners;
    private readonly RefusalText _refusals;
    private readonly DeliveryFacts _facts;
    private readonly DeliveryReplies _replies;
    private readonly PaymentCards _cards;

    public PaymentDialog(
        VoucherJourneyServices core,
        PartnerOperations partnerOperations,
        IPartnerRepository partners,
        RefusalText refusals,
        DeliveryFacts facts,
        DeliveryReplies replies,
        PaymentCards cards)
        : base(DialogId, UserIntent.Payment)
    {
        _core = core;
        _partnerOperations = partnerOperations;
        _partners = partners;
        _refusals = refusals;
        _facts = facts;
        _replies = replies;
        _cards = cards;

        AddDialog(new CardFormPrompt(ListPrompt, state => DeliverySubmit.CardIn(state.Data), ValidateListAsync) { MaxAttempts = MaxCardAttempts });
        AddDialog(new CardFormPrompt(SavbPrompt, state => DeliverySubmit.CardIn(state.Data), ValidateSavbAsync) { MaxAttempts = MaxCardAttempts });
        AddDialog(new CardFormPrompt(ReferencePrompt, state => DeliverySubmit.CardIn(state.Data), ValidateReferenceAsync) { MaxAttempts = MaxCardAttempts });
        AddDialog(new WaterfallDialog(StepsId, [ShowPaymentsStepAsync, GuideStepAsync, RegisterStepAsync]));
        AddDialog(new WaterfallDialog(RequestId, [AskReferenceStepAsync, RequestStepAsync]));
        InitialDialogId = StepsId;
    }

    /// <summary>Offered to partner admins; anyone else who asks is told by the domain who may request payment.</summary>
    public override bool IsOfferedTo(BotUser user) => user.IsPartnerAdmin;

    private async Task<DialogTurnResult> ShowPaymentsStepAsync(WaterfallStepContext step, CancellationToken cancellationToken)
    {
        var context = step.Context;
        var user = await _core.Users.ResolveAsync(context, cancellationToken);
        if (user.Kind != BotUserKind.PartnerUser)
        {
            return await RefuseUserAsync(step, user, _core.Text, cancellationToken);
        }

        // A card used after its journey ended (a double click, or a card kept from earlier) is acted on once.
        switch (SubmittedCard(context.Activity))
        {
            case CardNames.PaymentRequestForm:
                return await RequestAsync(step, user, DeliverySubmit.Values(context.Activity), cancellationToken);
            case CardNames.SavbRegistration:
                return await DecideSavbAsync(step, user, DeliverySubmit.Values(context.Activity), cancellationToken);
        }

        var given = step.GetOptions<JourneyOptions>()?.VoucherNumber ?? SubmitString(context.Activity, DeliverySubmit.Voucher);
        if (_core.Numbers.ParseOrNull(given) is { } number)
        {
            return await step.NextAsync(number.Value, cancellationToken);
        }

        var partner = await _partners.FindAsync(user.PartnerUser!.MpnId, cancellationToken);
        var vouchers = (await _core.Vouchers.ListByPartnerAsync(user.PartnerUser.MpnId, cancellationToken))
            .Where(v => v.State is VoucherState.Redeemed or VoucherState.PaymentRequested or VoucherState.Paid)
            .ToList();
        if (partner is null || vouchers.Count == 0)
        {
            await context.SendActivityAsync(MessageFactory.Text(_core.Text["Payment.NoneRedeemed"]), cancellationToken);
            return await step.EndDialogAsync(null, cancellationToken);
        }

        var customers = await _facts.CustomersOfAsync(vouchers.Where(v => v.State == VoucherState.Redeemed), cancellationToken);
        var (card, offered) = _cards.Payments(partner, vouchers, customers, NewOperationId(), _core.Clock.GetCurrentInstant(), UserTimeFor(context, _core.Calendar.Zone));
        return await step.BeginDialogAsync(ListPrompt, new CardFormOptions
        {
            Data = new JsonObject
            {
                [DeliverySubmit.CardKey] = card,
                [DeliverySubmit.OfferedKey] = new JsonArray(offered.Select(n => (JsonNode)n).ToArray()),
            },
        }, cancellationToken);
    }

    private async Task<DialogTurnResult> GuideStepAsync(WaterfallStepContext step, CancellationToken cancellationToken)
    {
        var chosen = step.Result switch
        {
            string given => given,
            IReadOnlyDictionary<string, string> list => list.GetValueOrDefault(DeliverySubmit.Voucher),
            _ => null,
        };
        if (chosen is null)
        {
            await step.Context.SendActivityAsync(_replies.GaveUp(), cancellationToken);
            return await step.EndDialogAsync(null, cancellationToken);
        }

        var voucher = _core.Numbers.ParseOrNull(chosen) is { } number ? await _core.Vouchers.FindAsync(number, cancellationToken) : null;
        if (voucher is null)
        {
            await step.Context.SendActivityAsync(_replies.UnknownVoucher(chosen), cancellationToken);
            return await step.EndDialogAsync(null, cancellationToken);
        }

        var user = await _core.Users.ResolveAsync(step.Context, cancellationToken);
        if (CompanyVoucher.IsHeldBy(voucher, user) && voucher.State is VoucherState.PaymentRequested or VoucherState.Paid)
        {
            await step.Context.SendActivityAsync(MessageFactory.Attachment(_cards.Status(
                voucher, await _facts.CustomerNameAsync(voucher, cancellationToken), _core.Clock.GetCurrentInstant(), UserTimeFor(step.Context, _core.Calendar.Zone))), cancellationToken);
            return await step.EndDialogAsync(voucher.Number.Value, cancellationToken);
        }

        var partner = await _partners.FindAsync(user.PartnerUser!.MpnId, cancellationToken);
        if (CompanyVoucher.IsHeldBy(voucher, user) && voucher.State == VoucherState.Redeemed
            && partner is not null && partner.FindSavbRegistration(voucher.Offering) is null)
        {
            var opId = NewOperationId();
            var card = _cards.SavbRegistration(voucher, partner, user.PartnerUser.Role == PartnerRole.GlobalAdmin, opId);
            return await step.BeginDialogAsync(SavbPrompt, new CardFormOptions
            {
                Data = new JsonObject { [DeliverySubmit.CardKey] = card, [OperationIdProperty] = opId },
            }, cancellationToken);
        }

        return await step.ReplaceDialogAsync(RequestId, new JourneyOptions { VoucherNumber = voucher.Number.Value }, cancellationToken);
    }

    private async Task<DialogTurnResult> RegisterStepAsync(WaterfallStepContext step, CancellationToken cancellationToken)
    {
        if (step.Result is not IReadOnlyDictionary<string, string> values)
        {
            await step.Context.SendActivityAsync(_replies.GaveUp(), cancellationToken);
            return await step.EndDialogAsync(null, cancellationToken);
        }

        return await DecideSavbAsync(step, await _core.Users.ResolveAsync(step.Context, cancellationToken), values, cancellationToken);
    }

    /// <summary>
    /// Acts on the SAVB card: records the registration when asked (the domain decides who may, and refuses a second one,
    /// which makes a repeated click harmless), then goes on to the payment request.
    /// </summary>
    private async Task<DialogTurnResult> DecideSavbAsync(WaterfallStepContext step, BotUser user, IReadOnlyDictionary<string, string> values, CancellationToken cancellationToken)
    {
        var context = step.Context;
        var voucher = _core.Numbers.ParseOrNull(values.GetValueOrDefault(DeliverySubmit.Voucher)) is { } number ? await _core.Vouchers.FindAsync(number, cancellationToken) : null;
        if (voucher is null)
        {
            await context.SendActivityAsync(MessageFactory.Text(_core.Text["Delivery.CardUnreadable"]), cancellationToken);
            return await step.EndDialogAsync(null, cancellationToken);
        }

        if (values.GetValueOrDefault(DeliverySubmit.Decision) == RegisterDecision)
        {
            var userTime = UserTimeFor(context, _core.Calendar.Zone);
            var decision = await _partnerOperations.RegisterForSavbAsync(user.Actor!, voucher.Offering, cancellationToken);
            if (decision.Value is { } registration)
            {
                var partner = await _partners.FindAsync(user.PartnerUser!.MpnId, cancellationToken);
                await context.SendActivityAsync(MessageFactory.Text(_core.Text.Format(
                    "Payment.SavbRecorded", partner?.Name ?? user.PartnerUser.MpnId, registration.Offering, userTime.Day(registration.RegisteredOn))), cancellationToken);
            }
            else if (decision.Refusals.All(r => r is SavbAlreadyRegistered))
            {
                await context.SendActivityAsync(MessageFactory.Text(string.Join("\n\n",
                    _core.Text["Operation.AlreadyDone"], _refusals.Describe(decision.Refusals[0], userTime))), cancellationToken);
            }
            else
            {
                await context.SendActivityAsync(await _replies.RefusedAsync(
                    _core.Text.Format("Payment.SavbRefused", voucher.Offering), decision.Refusals, user, userTime, cancellationToken), cancellationToken);
                return await step.EndDialogAsync(null, cancellationToken);
            }
        }

        return await step.ReplaceDialogAsync(RequestId, new JourneyOptions { VoucherNumber = voucher.Number.Value }, cancellationToken);
    }

    private async Task<DialogTurnResult> AskReferenceStepAsync(WaterfallStepContext step, CancellationToken cancellationToken)
    {
        var given = step.GetOptions<JourneyOptions>()?.VoucherNumber;
        var voucher = _core.Numbers.ParseOrNull(given) is { } number ? await _core.Vouchers.FindAsync(number, cancellationToken) : null;
        if (voucher is null)
        {
            await step.Context.SendActivityAsync(_replies.UnknownVoucher(given ?? string.Empty), cancellationToken);
            return await step.EndDialogAsync(null, cancellationToken);
        }

        var user = await _core.Users.ResolveAsync(step.Context, cancellationToken);
        var opId = NewOperationId();
        var card = _cards.RequestForm(
            voucher,
            CompanyVoucher.IsHeldBy(voucher, user) ? await _facts.CustomerNameAsync(voucher, cancellationToken) : null,
            opId,
            _core.Clock.GetCurrentInstant(),
            UserTimeFor(step.Context, _core.Calendar.Zone));
        return await step.BeginDialogAsync(ReferencePrompt, new CardFormOptions
        {
            Data = new JsonObject { [DeliverySubmit.CardKey] = card, [OperationIdProperty] = opId },
        }, cancellationToken);
    }

    private async Task<DialogTurnResult> RequestStepAsync(WaterfallStepContext step, CancellationToken cancellationToken)
    {
        if (step.Result is not IReadOnlyDictionary<string, string> values)
        {
            await step.Context.SendActivityAsync(_replies.GaveUp(), cancellationToken);
            return await step.EndDialogAsync(null, cancellationToken);
        }

        return await RequestAsync(step, await _core.Users.ResolveAsync(step.Context, cancellationToken), values, cancellationToken);
    }

    /// <summary>Records a payment request: once per operation id, never from a form drawn for an older version of the voucher.</summary>
    private async Task<DialogTurnResult> RequestAsync(WaterfallStepContext step, BotUser user, IReadOnlyDictionary<string, string> values, CancellationToken cancellationToken)
    {
        var context = step.Context;
        if (_core.Numbers.ParseOrNull(values.GetValueOrDefault(DeliverySubmit.Voucher)) is not { } number)
        {
            await context.SendActivityAsync(MessageFactory.Text(_core.Text["Delivery.CardUnreadable"]), cancellationToken);
            return await step.EndDialogAsync(null, cancellationToken);
        }

        var activity = context.Activity;
        var key = OperationKeyOf(activity);
        var now = _core.Clock.GetCurrentInstant();
        var userTime = UserTimeFor(context, _core.Calendar.Zone);
        var current = await _core.Vouchers.FindAsync(number, cancellationToken);
        if (current is not null && CompanyVoucher.IsHeldBy(current, user) && IsStale(activity, current) && await _core.Vouchers.FindOutcomeAsync(key, cancellationToken) is null)
        {
            await context.SendActivityAsync(_replies.StaleCard(current, now), cancellationToken);
            return await step.EndDialogAsync(null, cancellationToken);
        }

        var command = new RequestPayment(number, values.GetValueOrDefault(PaymentRequestForm.Reference)?.Trim() ?? string.Empty);
        switch (await _core.Operations.RequestPaymentAsync(key, user.Actor!, command, cancellationToken))
        {
            case Succeeded succeeded:
                await context.SendActivityAsync(MessageFactory.Attachment(
                    _cards.Status(succeeded.Voucher, await _facts.CustomerNameAsync(succeeded.Voucher, cancellationToken), now, userTime),
                    succeeded.AlreadyDone ? _core.Text["Operation.AlreadyDone"] : null), cancellationToken);
                return await step.EndDialogAsync(number.Value, cancellationToken);
            case Refused refused:
                await context.SendActivityAsync(await _replies.RefusedAsync(
                    _core.Text.Format("Payment.Refused", number.Value), refused.Reasons, user, userTime, cancellationToken), cancellationToken);
                break;
        }

        return await step.EndDialogAsync(null, cancellationToken);
    }

    private Task<IReadOnlyDictionary<string, string>> ValidateListAsync(CardFormValidatorContext form, CancellationToken cancellationToken)
    {
        var offered = (form.Data?[DeliverySubmit.OfferedKey] as JsonArray ?? []).Select(n => (string?)n).ToHashSet(StringComparer.Ordinal);
        return Task.FromResult<IReadOnlyDictionary<string, string>>(offered.Contains(form.Values.GetValueOrDefault(DeliverySubmit.Voucher))
            ? new Dictionary<string, string>()
            : new Dictionary<string, string> { [DeliverySubmit.Voucher] = _core.Text["Payment.List.PickRequired"] });
    }

    private Task<IReadOnlyDictionary<string, string>> ValidateSavbAsync(CardFormValidatorContext form, CancellationToken cancellationToken) =>
        Task.FromResult<IReadOnlyDictionary<string, string>>(
            DeliverySubmit.IsFromCard(form.Values, form.Data) && form.Values.GetValueOrDefault(DeliverySubmit.Decision) is RegisterDecision or ContinueDecision
                ? new Dictionary<string, string>()
                : new Dictionary<string, string> { [string.Empty] = _core.Text["Delivery.OtherCard"] });

    private Task<IReadOnlyDictionary<string, string>> ValidateReferenceAsync(CardFormValidatorContext form, CancellationToken cancellationToken)
    {
        if (!DeliverySubmit.IsFromCard(form.Values, form.Data))
        {
            return Task.FromResult<IReadOnlyDictionary<string, string>>(new Dictionary<string, string> { [string.Empty] = _core.Text["Delivery.OtherCard"] });
        }

        var reference = form.Values.GetValueOrDefault(PaymentRequestForm.Reference)?.Trim() ?? string.Empty;
        var problem = reference.Length == 0 ? _core.Text["Payment.Form.ReferenceRequired"]
            : reference.Length > PaymentRequestForm.MaxReferenceLength ? _core.Text.Format("Payment.Form.ReferenceTooLong", PaymentRequestForm.MaxReferenceLength)
            : null;
        return Task.FromResult<IReadOnlyDictionary<string, string>>(problem is null
            ? new Dictionary<string, string>()
            : new Dictionary<string, string> { [PaymentRequestForm.Reference] = problem });
    }

}
