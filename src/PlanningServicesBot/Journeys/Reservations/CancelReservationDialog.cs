using System.Text.Json.Nodes;
using BotRuntime;
using BotRuntime.Dialogs;
using BotRuntime.Dialogs.Prompts;
using NodaTime;
using PlanningServicesBot.Cards;
using PlanningServicesBot.Domain.Abstractions;
using PlanningServicesBot.Domain.Calendar;
using PlanningServicesBot.Domain.Catalogue;
using PlanningServicesBot.Domain.Customers;
using PlanningServicesBot.Domain.Deadlines;
using PlanningServicesBot.Domain.Operations;
using PlanningServicesBot.Domain.Vouchers;
using PlanningServicesBot.Identity;
using PlanningServicesBot.Intents;
using PlanningServicesBot.Localization;
using PlanningServicesBot.Presentation;

namespace PlanningServicesBot.Journeys.Reservations;

/// <summary>
/// A partner admin cancels one of the company's reservations: the voucher (picked from the company's reserved vouchers,
/// or given), a confirmation card, then the cancelled card: the voucher is Assigned again with its original last day.
/// As in <see cref="ReserveDialog"/>, the confirmation card's buttons start this journey again to act, once per operation id.
/// </summary>
public sealed class CancelReservationDialog : JourneyDialog
{
    public const string DialogId = "cancelReservation";
    private const string PickPrompt = "cancelReservation.pick";
    private const string CardKey = "card";
    private const int MaxCardAttempts = 5;

    private readonly VoucherJourneyServices _core;
    private readonly ICustomerRepository _customers;
    private readonly ReservationPreview _preview;
    private readonly ReservationCards _cards;
    private readonly ReservationReplies _replies;
    private readonly ReservationSettlement _settlement;
    private readonly VoucherPickerCard _picker;

    public CancelReservationDialog(
        VoucherJourneyServices core,
        ICustomerRepository customers,
        ReservationPreview preview,
        ReservationCards cards,
        ReservationReplies replies,
        ReservationSettlement settlement,
        VoucherPickerCard picker)
        : base(DialogId, UserIntent.CancelReservation)
    {
        _core = core;
        _customers = customers;
        _preview = preview;
        _cards = cards;
        _replies = replies;
        _settlement = settlement;
        _picker = picker;

        AddDialog(new CardFormPrompt(PickPrompt, PickerOf, ValidatePickAsync) { MaxAttempts = MaxCardAttempts });
        AddDialog(new WaterfallDialog($"{DialogId}.steps", [PickVoucherStepAsync, ConfirmStepAsync]));
        InitialDialogId = $"{DialogId}.steps";
    }

    /// <summary>Offered to partner admins; anyone else who asks is told by the domain who may cancel.</summary>
    public override bool IsOfferedTo(BotUser user) => user.IsPartnerAdmin;

    private async Task<DialogTurnResult> PickVoucherStepAsync(WaterfallStepContext step, CancellationToken cancellationToken)
    {
        var context = step.Context;
        var user = await _core.Users.ResolveAsync(context, cancellationToken);
        if (user.Kind != BotUserKind.PartnerUser)
        {
            return await RefuseUserAsync(step, user, _core.Text, cancellationToken);
        }

        if (SubmitString(context.Activity, ReservationForm.Decision) is { } decision)
        {
            return await _settlement.SettleAsync(
                step,
                user,
                decision,
                "CancelReservation.Kept",
                "CancelReservation.Refused",
                (key, actor, number, _) => _core.Operations.CancelReservationAsync(key, actor, new CancelReservation(number), cancellationToken),
                async (voucher, now, userTime) =>
                    _cards.Cancelled(voucher, await _customers.FindAsync(voucher.AgreementNumber, cancellationToken), now, userTime),
                cancellationToken);
        }

        var given = step.GetOptions<JourneyOptions>()?.VoucherNumber ?? SubmitString(context.Activity, ReservationForm.Voucher);
        if (_core.Numbers.ParseOrNull(given) is { } number)
        {
            return await step.NextAsync(number.Value, cancellationToken);
        }

        var actor = user.Actor!;
        var userTime = UserTimeFor(context, _core.Calendar.Zone);
        var today = _core.Calendar.Today(_core.Clock.GetCurrentInstant());
        var reserved = (await _core.Vouchers.ListByPartnerAsync(user.PartnerUser!.MpnId, cancellationToken))
            .Where(v => v.State == VoucherState.Reserved)
            .OrderBy(v => v.StatusOn(today, _core.Calendar) == VoucherStatus.Expired)
            .ThenBy(v => v.LastDay(_core.Calendar).Date)
            .ThenBy(v => v.Number.Value, StringComparer.Ordinal)
            .Select(v => (Voucher: v, Refusals: _preview.RefusalsOfCancelling(new ReservationSubject(v, null, null, today), actor)))
            .ToList();
        if (reserved.Count == 0)
        {
            await context.SendActivityAsync(MessageFactory.Text(_core.Text["CancelReservation.NoneReserved"]), cancellationToken);
            return await step.EndDialogAsync(null, cancellationToken);
        }

        if (reserved.All(r => r.Refusals.Count > 0))
        {
            await context.SendActivityAsync(_replies.Refused(_core.Text["CancelReservation.CannotCancelAny"], reserved.SelectMany(r => r.Refusals), userTime), cancellationToken);
            return await step.EndDialogAsync(null, cancellationToken);
        }

        var customers = new Dictionary<string, Customer?>(StringComparer.Ordinal);
        var choices = new List<(string Number, string Description)>();
        foreach (var (voucher, _) in reserved.Where(r => r.Refusals.Count == 0))
        {
            if (!customers.TryGetValue(voucher.AgreementNumber, out var customer))
            {
                customer = await _customers.FindAsync(voucher.AgreementNumber, cancellationToken);
                customers[voucher.AgreementNumber] = customer;
            }

            choices.Add((voucher.Number.Value, _cards.PickerLine(voucher, customer, today, userTime)));
        }

        var card = _picker.Build(new Dictionary<string, string>
        {
            ["title"] = _core.Text["CancelReservation.PickTitle"],
            ["prompt"] = _core.Text["CancelReservation.PickPrompt"],
            ["required"] = _core.Text["CancelReservation.PickRequired"],
            ["submit"] = _core.Text["CancelReservation.PickSubmit"],
        }, choices, multiSelect: false);
        return await step.BeginDialogAsync(PickPrompt, new CardFormOptions { Data = new JsonObject { [CardKey] = card } }, cancellationToken);
    }

    private async Task<DialogTurnResult> ConfirmStepAsync(WaterfallStepContext step, CancellationToken cancellationToken)
    {
        var picked = step.Result switch
        {
            string given => _core.Numbers.ParseOrNull(given),
            IReadOnlyDictionary<string, string> form => _core.Numbers.ParseOrNull(VoucherPickerCard.Picked(form.GetValueOrDefault(VoucherPickerCard.InputId)).Single()),
            _ => null,
        };
        if (picked is not { } number)
        {
            await step.Context.SendActivityAsync(MessageFactory.Text(_core.Text["CancelReservation.TooManyAttempts"]), cancellationToken);
            return await step.EndDialogAsync(null, cancellationToken);
        }

        var user = await _core.Users.ResolveAsync(step.Context, cancellationToken);
        var userTime = UserTimeFor(step.Context, _core.Calendar.Zone);
        var subject = await _preview.LoadAsync(number, user.Actor!, cancellationToken);
        var refusals = _preview.RefusalsOfCancelling(subject, user.Actor!);
        await step.Context.SendActivityAsync(refusals.Count > 0
            ? _replies.Refused(_core.Text.Format("CancelReservation.CannotCancel", number.Value), refusals, userTime)
            : MessageFactory.Attachment(_cards.CancellationConfirmation(subject.Voucher!, subject.Customer, subject.Partner, userTime)), cancellationToken);
        return await step.EndDialogAsync(null, cancellationToken);
    }

    private static JsonObject PickerOf(CardFormState state) =>
        state.Data?[CardKey] as JsonObject ?? throw new InvalidOperationException("The voucher picker form needs its card in the options' data.");

    /// <summary>One voucher must be picked, and the domain must let this user cancel its reservation.</summary>
    private async Task<IReadOnlyDictionary<string, string>> ValidatePickAsync(CardFormValidatorContext form, CancellationToken cancellationToken)
    {
        var picked = VoucherPickerCard.Picked(form.Values.GetValueOrDefault(VoucherPickerCard.InputId));
        if (picked.Count != 1 || _core.Numbers.ParseOrNull(picked[0]) is not { } number)
        {
            return new Dictionary<string, string> { [VoucherPickerCard.InputId] = _core.Text["CancelReservation.PickRequired"] };
        }

        var user = await _core.Users.ResolveAsync(form.Context, cancellationToken);
        var actor = user.Actor ?? throw new InvalidOperationException("The cancel-reservation journey runs for partner users only.");
        var refusals = _preview.RefusalsOfCancelling(await _preview.LoadAsync(number, actor, cancellationToken), actor);
        var userTime = UserTimeFor(form.Context, _core.Calendar.Zone);
        return refusals.Count == 0
            ? new Dictionary<string, string>()
            : new Dictionary<string, string> { [VoucherPickerCard.InputId] = string.Join(" ", refusals.Select(r => _replies.Reason(r, userTime))) };
    }
}
