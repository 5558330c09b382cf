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
/// A partner user (consultants included) reports an engagement delivered: one of the company's reserved vouchers (picked,
/// or given), then the completion report form — delivery dates, the consultant who led it, off-site days, both
/// deliverables confirmed and a short summary. The form's inputs are checked on the card; the report is checked against
/// every rule by the domain, which accepts it (the submitted card) or says every reason it does not. When every reason
/// is something the form can correct, the form comes back with what was entered.
/// </summary>
public sealed class CompletionReportDialog : ActingCardJourneyDialog
{
    public const string DialogId = "completionReport";
    private const string StepsId = DialogId + ".steps";
    private const string FormId = DialogId + ".form";
    private const string PickPrompt = DialogId + ".pickPrompt";
    private const string FormPrompt = DialogId + ".formPrompt";
    private const string ConsultantsKey = "consultants";
    private const int MaxCardAttempts = 5;

    // The refusals a corrected form can overcome; any other (state, expiry, role, holder) cannot.
    private static readonly HashSet<Type> FormRefusals =
    [
        typeof(DatesInvalid), typeof(TooManyOffsiteDays), typeof(DeliverablesNotConfirmed), typeof(ConsultantLacksExam),
        typeof(ConsultantNotFound), typeof(InputMissing),
    ];

    private readonly VoucherJourneyServices _core;
    private readonly IPartnerRepository _partners;
    private readonly DeliveryFacts _facts;
    private readonly DeliveryReplies _replies;
    private readonly CompletionReportCards _cards;
    private readonly VoucherPickerCard _picker;

    public CompletionReportDialog(
        VoucherJourneyServices core,
        IPartnerRepository partners,
        DeliveryFacts facts,
        DeliveryReplies replies,
        CompletionReportCards cards,
        VoucherPickerCard picker)
        : base(DialogId, UserIntent.CompletionReport)
    {
        _core = core;
        _partners = partners;
        _facts = facts;
        _replies = replies;
        _cards = cards;
        _picker = picker;

        AddDialog(new CardFormPrompt(PickPrompt, state => DeliverySubmit.CardIn(state.Data), ValidatePickAsync) { MaxAttempts = MaxCardAttempts });
        AddDialog(new CardFormPrompt(FormPrompt, state => DeliverySubmit.CardIn(state.Data), ValidateFormAsync) { MaxAttempts = MaxCardAttempts });
        AddDialog(new WaterfallDialog(StepsId, [ChooseVoucherStepAsync, OpenFormStepAsync]));
        AddDialog(new WaterfallDialog(FormId, [AskReportStepAsync, SubmitReportStepAsync]));
        InitialDialogId = StepsId;
    }

    /// <summary>Every partner user may report delivery, consultants included.</summary>
    public override bool IsOfferedTo(BotUser user) => user.Kind == BotUserKind.PartnerUser;

    private async Task<DialogTurnResult> ChooseVoucherStepAsync(WaterfallStepContext step, CancellationToken cancellationToken)
    {
        var context = step.Context;
        var user = await _core.Users.ResolveAsync(context, cancellationToken);
        if (user.Kind != BotUserKind.PartnerUser)
        {
            return await RefuseUserAsync(step, user, _core.Text, cancellationToken);
        }

        if (SubmittedCard(context.Activity) == CardNames.CompletionReportForm)
        {
            // A form submitted after its journey ended (a double click, or a form kept from earlier): acted on once.
            return await SubmitAsync(step, user, DeliverySubmit.Values(context.Activity), cancellationToken);
        }

        var given = step.GetOptions<JourneyOptions>()?.VoucherNumber ?? SubmitString(context.Activity, DeliverySubmit.Voucher);
        if (_core.Numbers.ParseOrNull(given) is { } number)
        {
            return await step.NextAsync(number.Value, cancellationToken);
        }

        var now = _core.Clock.GetCurrentInstant();
        var today = _core.Calendar.Today(now);
        var reserved = (await _core.Vouchers.ListByPartnerAsync(user.PartnerUser!.MpnId, cancellationToken))
            .Where(v => v.StatusOn(today, _core.Calendar) == VoucherStatus.Reserved)
            .OrderBy(v => v.LastDay(_core.Calendar).Date)
            .ThenBy(v => v.Number.Value, StringComparer.Ordinal)
            .ToList();
        if (reserved.Count == 0)
        {
            await context.SendActivityAsync(MessageFactory.Text(_core.Text["CompletionReport.NoneReserved"]), cancellationToken);
            return await step.EndDialogAsync(null, cancellationToken);
        }

        var userTime = UserTimeFor(context, _core.Calendar.Zone);
        var customers = await _facts.CustomersOfAsync(reserved, cancellationToken);
        var choices = reserved.Select(v => (v.Number.Value, _core.Text.Format(
            "CompletionReport.PickerLine",
            v.Number.Value,
            DeliveryFacts.CustomerName(v, customers),
            _facts.ShortOffering(v),
            _facts.Due(_facts.Deadline(v, DeadlineKind.Deliver, now)!, userTime))));
        var card = _picker.Build(new Dictionary<string, string>
        {
            ["title"] = _core.Text["CompletionReport.PickTitle"],
            ["prompt"] = _core.Text["CompletionReport.PickPrompt"],
            ["required"] = _core.Text["CompletionReport.PickRequired"],
            ["submit"] = _core.Text["CompletionReport.PickSubmit"],
        }, choices, multiSelect: false);
        return await step.BeginDialogAsync(PickPrompt, new CardFormOptions
        {
            Data = new JsonObject
            {
                [DeliverySubmit.CardKey] = card,
                [DeliverySubmit.OfferedKey] = new JsonArray(reserved.Select(v => (JsonNode)v.Number.Value).ToArray()),
            },
        }, cancellationToken);
    }

    private async Task<DialogTurnResult> OpenFormStepAsync(WaterfallStepContext step, CancellationToken cancellationToken)
    {
        var number = step.Result switch
        {
            string given => given,
            IReadOnlyDictionary<string, string> picked => VoucherPickerCard.Picked(picked.GetValueOrDefault(VoucherPickerCard.InputId)).FirstOrDefault(),
            _ => null,
        };
        if (number is null)
        {
            await step.Context.SendActivityAsync(_replies.GaveUp(), cancellationToken);
            return await step.EndDialogAsync(null, cancellationToken);
        }

        return await step.ReplaceDialogAsync(FormId, new ReportFormOptions { VoucherNumber = number }, cancellationToken);
    }

    private async Task<DialogTurnResult> AskReportStepAsync(WaterfallStepContext step, CancellationToken cancellationToken)
    {
        var options = step.GetOptions<ReportFormOptions>()!;
        var user = await _core.Users.ResolveAsync(step.Context, cancellationToken);
        var voucher = _core.Numbers.ParseOrNull(options.VoucherNumber) is { } number ? await _core.Vouchers.FindAsync(number, cancellationToken) : null;
        if (voucher is null)
        {
            await step.Context.SendActivityAsync(_replies.UnknownVoucher(options.VoucherNumber), cancellationToken);
            return await step.EndDialogAsync(null, cancellationToken);
        }

        var partner = await _partners.FindAsync(user.PartnerUser!.MpnId, cancellationToken);
        var consultants = partner?.Consultants ?? [];
        var ours = CompanyVoucher.IsHeldBy(voucher, user);
        var opId = options.OpId ?? NewOperationId();
        var card = _cards.Form(
            voucher,
            ours ? await _facts.CustomerNameAsync(voucher, cancellationToken) : null,
            consultants,
            opId,
            _core.Clock.GetCurrentInstant(),
            UserTimeFor(step.Context, _core.Calendar.Zone));
        return await step.BeginDialogAsync(FormPrompt, new CardFormOptions
        {
            Prompt = options.Notice is null ? null : MessageFactory.Text(options.Notice),
            Values = options.Values ?? (ours ? AsPlanned(voucher.Reservation!) : []),
            Data = new JsonObject
            {
                [DeliverySubmit.CardKey] = card,
                [OperationIdProperty] = opId,
                [ConsultantsKey] = new JsonArray(consultants.Select(c => (JsonNode)c.ConsultantId).ToArray()),
            },
        }, cancellationToken);
    }

    private async Task<DialogTurnResult> SubmitReportStepAsync(WaterfallStepContext step, CancellationToken cancellationToken)
    {
        if (step.Result is not IReadOnlyDictionary<string, string> values)
        {
            await step.Context.SendActivityAsync(_replies.GaveUp(), cancellationToken);
            return await step.EndDialogAsync(null, cancellationToken);
        }

        return await SubmitAsync(step, await _core.Users.ResolveAsync(step.Context, cancellationToken), values, cancellationToken);
    }

    /// <summary>Submits a filled-in form: once per operation id, never from a form drawn for an older version of the voucher.</summary>
    private async Task<DialogTurnResult> SubmitAsync(WaterfallStepContext step, BotUser user, IReadOnlyDictionary<string, string> values, CancellationToken cancellationToken)
    {
        var context = step.Context;
        if (_core.Numbers.ParseOrNull(values.GetValueOrDefault(DeliverySubmit.Voucher)) is not { } number)
        {
            await context.SendActivityAsync(MessageFactory.Text(_core.Text["Delivery.CardUnreadable"]), cancellationToken);
            return await step.EndDialogAsync(null, cancellationToken);
        }

        var partner = await _partners.FindAsync(user.PartnerUser!.MpnId, cancellationToken);
        var consultantIds = (partner?.Consultants ?? []).Select(c => c.ConsultantId).ToList();
        if (CompletionReportForm.Problems(values, consultantIds, _core.Text).Count > 0)
        {
            // Only a form submitted after its journey ended gets here incomplete: it comes back to be completed.
            return await ReopenFormAsync(step, number, values, _core.Text["CompletionReport.CompleteTheForm"], cancellationToken);
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

        switch (await _core.Operations.SubmitCompletionReportAsync(key, user.Actor!, CompletionReportForm.Command(number, values), cancellationToken))
        {
            case Succeeded succeeded:
                var customerName = await _facts.CustomerNameAsync(succeeded.Voucher, cancellationToken);
                await context.SendActivityAsync(MessageFactory.Attachment(
                    _cards.Submitted(succeeded.Voucher, customerName, partner, user.IsPartnerAdmin, now, userTime),
                    succeeded.AlreadyDone ? _core.Text["Operation.AlreadyDone"] : null), cancellationToken);
                return await step.EndDialogAsync(number.Value, cancellationToken);
            case Refused refused:
                await context.SendActivityAsync(
                    await _replies.RefusedAsync(_core.Text.Format("CompletionReport.Refused", number.Value), refused.Reasons, user, userTime, cancellationToken),
                    cancellationToken);
                if (refused.Reasons.All(reason => FormRefusals.Contains(reason.GetType())))
                {
                    return await ReopenFormAsync(step, number, values, _core.Text["CompletionReport.CorrectTheForm"], cancellationToken);
                }

                break;
        }

        return await step.EndDialogAsync(null, cancellationToken);
    }

    private Task<DialogTurnResult> ReopenFormAsync(WaterfallStepContext step, VoucherNumber number, IReadOnlyDictionary<string, string> values, string notice, CancellationToken cancellationToken) =>
        step.ReplaceDialogAsync(FormId, new ReportFormOptions
        {
            VoucherNumber = number.Value,
            OpId = values.GetValueOrDefault(OperationIdProperty),
            Values = CompletionReportForm.Inputs(values),
            Notice = notice,
        }, cancellationToken);

    private Task<IReadOnlyDictionary<string, string>> ValidatePickAsync(CardFormValidatorContext form, CancellationToken cancellationToken) =>
        Task.FromResult<IReadOnlyDictionary<string, string>>(DeliverySubmit.Picked(form.Values, form.Data, several: false) is null
            ? new Dictionary<string, string> { [VoucherPickerCard.InputId] = _core.Text["CompletionReport.PickRequired"] }
            : new Dictionary<string, string>());

    private Task<IReadOnlyDictionary<string, string>> ValidateFormAsync(CardFormValidatorContext form, CancellationToken cancellationToken)
    {
        if (!DeliverySubmit.IsFromCard(form.Values, form.Data))
        {
            return Task.FromResult<IReadOnlyDictionary<string, string>>(new Dictionary<string, string> { [string.Empty] = _core.Text["Delivery.OtherCard"] });
        }

        var consultantIds = (form.Data?[ConsultantsKey] as JsonArray ?? []).Select(n => n!.GetValue<string>()).ToList();
        return Task.FromResult<IReadOnlyDictionary<string, string>>(CompletionReportForm.Problems(form.Values, consultantIds, _core.Text));
    }


    // The engagement usually ran as planned: the form starts from the reservation's plan.
    private static Dictionary<string, string> AsPlanned(Reservation reservation) => new(StringComparer.Ordinal)
    {
        [CompletionReportForm.DeliveryStart] = NodaTime.Text.LocalDatePattern.Iso.Format(reservation.PlannedStart),
        [CompletionReportForm.DeliveryEnd] = NodaTime.Text.LocalDatePattern.Iso.Format(reservation.PlannedEnd),
        [CompletionReportForm.Consultant] = reservation.ConsultantId,
        [CompletionReportForm.OffsiteDays] = "0",
    };
}
