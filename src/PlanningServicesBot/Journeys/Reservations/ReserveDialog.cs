using System.Net.Mail;
using System.Text.Json.Nodes;
using BotRuntime;
using BotRuntime.Dialogs;
using BotRuntime.Dialogs.Prompts;
using NodaTime;
using PlanningServicesBot.Cards;
using PlanningServicesBot.Domain.Abstractions;
using PlanningServicesBot.Domain.Actors;
using PlanningServicesBot.Domain.Calendar;
using PlanningServicesBot.Domain.Catalogue;
using PlanningServicesBot.Domain.Deadlines;
using PlanningServicesBot.Domain.Eligibility;
using PlanningServicesBot.Domain.Operations;
using PlanningServicesBot.Domain.Refusals;
using PlanningServicesBot.Domain.Vouchers;
using PlanningServicesBot.Identity;
using PlanningServicesBot.Intents;
using PlanningServicesBot.Localization;
using PlanningServicesBot.Presentation;

namespace PlanningServicesBot.Journeys.Reservations;

/// <summary>
/// A partner admin reserves a customer's voucher: the voucher number and the customer's voucher admin e-mail, then the
/// engagement (only those the partner qualifies for at the voucher's length), the location and delivery country, a
/// qualified consultant and the planned dates, each card checked by the domain; then a confirmation card. Its Confirm
/// button carries every choice, an operation id and the voucher version, and starts this journey again to act on it:
/// so a double click, a redelivery or a card confirmed after other journeys is handled the same safe way.
/// </summary>
public sealed class ReserveDialog : JourneyDialog
{
    public const string DialogId = "reserve";
    private const string NumberPrompt = "reserve.number";
    private const string EmailPrompt = "reserve.email";
    private const string EngagementPrompt = "reserve.engagement";
    private const string LocationPrompt = "reserve.location";
    private const string ConsultantPrompt = "reserve.consultant";
    private const string DatesPrompt = "reserve.dates";
    private const string CardKey = "card";
    private const string DraftKey = "draft";
    private const int MaxAttempts = 3;
    private const int MaxCardAttempts = 5;

    private static readonly Dictionary<string, string> RequiredTexts = new()
    {
        [ReservationForm.Engagement] = "Reserve.EngagementRequired",
        [ReservationForm.Location] = "Reserve.LocationRequired",
        [ReservationForm.Country] = "Reserve.CountryRequired",
        [ReservationForm.Consultant] = "Reserve.ConsultantRequired",
        [ReservationForm.Start] = "Reserve.StartRequired",
        [ReservationForm.End] = "Reserve.EndRequired",
    };

    private readonly VoucherJourneyServices _core;
    private readonly ProgramCatalogue _catalogue;
    private readonly ReservationPreview _preview;
    private readonly ReservationCards _cards;
    private readonly ReservationReplies _replies;
    private readonly ReservationSettlement _settlement;
    private readonly EligibilityCheck _eligibility;

    public ReserveDialog(
        VoucherJourneyServices core,
        ProgramCatalogue catalogue,
        ReservationPreview preview,
        ReservationCards cards,
        ReservationReplies replies,
        ReservationSettlement settlement)
        : base(DialogId, UserIntent.Reserve)
    {
        _core = core;
        _catalogue = catalogue;
        _preview = preview;
        _cards = cards;
        _replies = replies;
        _settlement = settlement;
        _eligibility = new EligibilityCheck(catalogue, core.Calendar);

        AddDialog(new TextPrompt(NumberPrompt, IsVoucherNumberAsync) { MaxAttempts = MaxAttempts });
        AddDialog(new TextPrompt(EmailPrompt, IsEmailAsync) { MaxAttempts = MaxAttempts });
        AddDialog(new CardFormPrompt(EngagementPrompt, CardOf, ValidatorFor(ReservationForm.Engagement)) { MaxAttempts = MaxCardAttempts });
        AddDialog(new CardFormPrompt(LocationPrompt, CardOf, ValidatorFor(ReservationForm.Location, ReservationForm.Country)) { MaxAttempts = MaxCardAttempts });
        AddDialog(new CardFormPrompt(ConsultantPrompt, CardOf, ValidatorFor(ReservationForm.Consultant)) { MaxAttempts = MaxCardAttempts });
        AddDialog(new CardFormPrompt(DatesPrompt, CardOf, ValidatorFor(ReservationForm.Start, ReservationForm.End, ReservationForm.Remote)) { MaxAttempts = MaxCardAttempts });
        AddDialog(new WaterfallDialog($"{DialogId}.steps",
        [
            AskNumberStepAsync, AskEmailStepAsync, AskEngagementStepAsync, AskLocationStepAsync, AskConsultantStepAsync, AskDatesStepAsync, ConfirmStepAsync,
        ]));
        InitialDialogId = $"{DialogId}.steps";
    }

    /// <summary>Offered to partner admins; anyone else who asks is told by the domain who may reserve.</summary>
    public override bool IsOfferedTo(BotUser user) => user.IsPartnerAdmin;

    private async Task<DialogTurnResult> AskNumberStepAsync(WaterfallStepContext step, CancellationToken cancellationToken)
    {
        var user = await _core.Users.ResolveAsync(step.Context, cancellationToken);
        if (user.Kind != BotUserKind.PartnerUser)
        {
            return await RefuseUserAsync(step, user, _core.Text, cancellationToken);
        }

        if (SubmitString(step.Context.Activity, ReservationForm.Decision) is { } decision)
        {
            return await _settlement.SettleAsync(
                step,
                user,
                decision,
                "Reserve.NotReserved",
                "Reserve.Refused",
                (key, actor, number, now) =>
                {
                    var activity = step.Context.Activity;
                    var choices = ReservationChoices.From(property => SubmitString(activity, property));
                    var command = choices.ToCommand(number, SubmitString(activity, ReservationForm.Email) ?? string.Empty, _core.Calendar.Today(now));
                    return _core.Operations.ReserveAsync(key, actor, command, cancellationToken);
                },
                async (voucher, now, userTime) =>
                {
                    var reserved = await _preview.SubjectAsync(voucher, user.Actor!, cancellationToken);
                    return _cards.Reserved(voucher, reserved.Customer, reserved.Partner, now, userTime);
                },
                cancellationToken);
        }

        if (_core.Numbers.ParseOrNull(step.GetOptions<JourneyOptions>()?.VoucherNumber) is { } number)
        {
            return await step.NextAsync(number.Value, cancellationToken);
        }

        return await step.BeginDialogAsync(NumberPrompt, new PromptOptions
        {
            Prompt = MessageFactory.Text(_core.Text["Reserve.AskNumber"]),
            RetryPrompt = MessageFactory.Text(_core.Text["Reserve.AskNumberRetry"]),
        }, cancellationToken);
    }

    private async Task<DialogTurnResult> AskEmailStepAsync(WaterfallStepContext step, CancellationToken cancellationToken)
    {
        if (step.Result is not string answer)
        {
            return await GiveUpAsync(step, cancellationToken);
        }

        step.Values[ReservationForm.Voucher] = _core.Numbers.ParseOrNull(answer)!.Value;
        return await step.BeginDialogAsync(EmailPrompt, new PromptOptions
        {
            Prompt = MessageFactory.Text(_core.Text["Reserve.AskEmail"]),
            RetryPrompt = MessageFactory.Text(_core.Text["Reserve.AskEmailRetry"]),
        }, cancellationToken);
    }

    private async Task<DialogTurnResult> AskEngagementStepAsync(WaterfallStepContext step, CancellationToken cancellationToken)
    {
        if (step.Result is not string email)
        {
            return await GiveUpAsync(step, cancellationToken);
        }

        step.Values[ReservationForm.Email] = email.Trim();
        var (actor, number, subject, userTime) = await LoadAsync(step, cancellationToken);
        var command = ReservationChoices.None.ToCommand(number, email.Trim(), subject.Today);
        var refusals = Concerning(_preview.RefusalsOfReserving(subject, actor, command), ReservationForm.Voucher);
        if (refusals.Count > 0)
        {
            await step.Context.SendActivityAsync(_replies.Refused(_core.Text.Format("Reserve.CannotReserve", number.Value), refusals, userTime), cancellationToken);
            return await step.EndDialogAsync(null, cancellationToken);
        }

        var voucher = subject.Voucher!;
        var engagements = _catalogue.EngagementsOf(voucher.Offering)
            .Select(engagement => (Engagement: engagement, Shortfalls: Concerning(
                _preview.RefusalsOfReserving(subject, actor, command with { EngagementId = engagement.Id }), ReservationForm.Engagement)))
            .ToList();
        if (engagements.All(e => e.Shortfalls.Count > 0))
        {
            var offering = _catalogue.FindOffering(voucher.Offering)?.Acronym ?? voucher.Offering;
            await step.Context.SendActivityAsync(_replies.Listing(
                _core.Text.Format("Reserve.NoEngagement", offering, voucher.Days),
                engagements.Select(e => _core.Text.Format(
                    "Reserve.EngagementShortfall", e.Engagement.Name, string.Join(" ", e.Shortfalls.Select(r => _replies.Reason(r, userTime)))))), cancellationToken);
            return await step.EndDialogAsync(null, cancellationToken);
        }

        var opId = NewOperationId();
        var card = _cards.EngagementQuestion(subject, engagements.Where(e => e.Shortfalls.Count == 0).Select(e => e.Engagement), opId, userTime);
        return await step.BeginDialogAsync(EngagementPrompt, FormOptions(card, opId, step.Values), cancellationToken);
    }

    private async Task<DialogTurnResult> AskLocationStepAsync(WaterfallStepContext step, CancellationToken cancellationToken)
    {
        if (!Keep(step, ReservationForm.Engagement))
        {
            return await GiveUpAsync(step, cancellationToken);
        }

        var (_, number, subject, userTime) = await LoadAsync(step, cancellationToken);
        var partner = subject.Partner!;
        var customerCountry = subject.Customer!.CountryCode.ToUpperInvariant();
        if (partner.Locations.Count == 0)
        {
            var shortfalls = _eligibility.Evaluate(partner, (string)step.Values[ReservationForm.Engagement]!, null, customerCountry, subject.Today).Unmet
                .Where(r => r.Kind == RequirementKind.Location)
                .Select(r => r.Shortfall!);
            await step.Context.SendActivityAsync(_replies.Refused(_core.Text.Format("Reserve.CannotReserve", number.Value), shortfalls, userTime), cancellationToken);
            return await step.EndDialogAsync(null, cancellationToken);
        }

        var countries = partner.Locations.Select(l => l.CountryCode.ToUpperInvariant()).Prepend(customerCountry).Distinct().ToList();
        var opId = NewOperationId();
        var card = _cards.LocationQuestion(subject, Choices(step.Values), countries, opId, userTime);
        var options = FormOptions(card, opId, step.Values);
        options.Values = new Dictionary<string, string> { [ReservationForm.Country] = customerCountry };
        if (partner.Locations.FirstOrDefault(l => string.Equals(l.CountryCode, customerCountry, StringComparison.OrdinalIgnoreCase)) is { } local)
        {
            options.Values[ReservationForm.Location] = local.LocationId;
        }

        return await step.BeginDialogAsync(LocationPrompt, options, cancellationToken);
    }

    private async Task<DialogTurnResult> AskConsultantStepAsync(WaterfallStepContext step, CancellationToken cancellationToken)
    {
        if (!Keep(step, ReservationForm.Location, ReservationForm.Country))
        {
            return await GiveUpAsync(step, cancellationToken);
        }

        var (_, _, subject, userTime) = await LoadAsync(step, cancellationToken);
        var partner = subject.Partner!;
        var engagementId = (string)step.Values[ReservationForm.Engagement]!;
        var exams = partner.Consultants
            .Select(consultant => (Consultant: consultant, Exam: _eligibility.Evaluate(partner, engagementId, consultant.ConsultantId, null, subject.Today)
                .Requirements.First(r => r.Kind == RequirementKind.ConsultantExam)))
            .ToList();
        if (!exams.Any(e => e.Exam.IsMet))
        {
            var engagement = _cards.EngagementName(engagementId);
            await step.Context.SendActivityAsync(exams.Count == 0
                ? MessageFactory.Text(_core.Text.Format("Reserve.NoConsultants", engagement))
                : _replies.Refused(_core.Text.Format("Reserve.NoQualifiedConsultant", engagement), exams.Select(e => e.Exam.Shortfall!), userTime), cancellationToken);
            return await step.EndDialogAsync(null, cancellationToken);
        }

        var opId = NewOperationId();
        var qualified = exams.Where(e => e.Exam.IsMet).Select(e => (e.Consultant, e.Exam.SatisfiedBy!));
        var card = _cards.ConsultantQuestion(subject, Choices(step.Values), qualified, opId, userTime);
        return await step.BeginDialogAsync(ConsultantPrompt, FormOptions(card, opId, step.Values), cancellationToken);
    }

    private async Task<DialogTurnResult> AskDatesStepAsync(WaterfallStepContext step, CancellationToken cancellationToken)
    {
        if (!Keep(step, ReservationForm.Consultant))
        {
            return await GiveUpAsync(step, cancellationToken);
        }

        var (_, _, subject, userTime) = await LoadAsync(step, cancellationToken);
        var opId = NewOperationId();
        var card = _cards.DatesQuestion(subject, Choices(step.Values), opId, userTime);
        return await step.BeginDialogAsync(DatesPrompt, FormOptions(card, opId, step.Values), cancellationToken);
    }

    private async Task<DialogTurnResult> ConfirmStepAsync(WaterfallStepContext step, CancellationToken cancellationToken)
    {
        if (!Keep(step, ReservationForm.Start, ReservationForm.End, ReservationForm.Remote))
        {
            return await GiveUpAsync(step, cancellationToken);
        }

        var (actor, number, subject, userTime) = await LoadAsync(step, cancellationToken);
        var email = (string)step.Values[ReservationForm.Email]!;
        var choices = Choices(step.Values);
        var refusals = _preview.RefusalsOfReserving(subject, actor, choices.ToCommand(number, email, subject.Today));
        var reply = refusals.Count > 0
            ? _replies.Refused(_core.Text.Format("Reserve.CannotReserve", number.Value), refusals, userTime)
            : MessageFactory.Attachment(_cards.Confirmation(subject, email, choices, _core.Clock.GetCurrentInstant(), userTime));
        await step.Context.SendActivityAsync(reply, cancellationToken);
        return await step.EndDialogAsync(null, cancellationToken);
    }

    /// <summary>Checks one card's inputs: each must be given, dates must be dates, then the domain's refusals about these inputs go under them.</summary>
    private CardFormValidator ValidatorFor(params string[] fields) => async (form, cancellationToken) =>
    {
        var data = form.Data as JsonObject;
        var errors = new Dictionary<string, string>();
        if (form.Values.GetValueOrDefault(OperationIdProperty) != (string?)data?[OperationIdProperty])
        {
            errors[ReservationForm.Whole] = _core.Text["Reservation.EarlierCard"];
            return errors;
        }

        foreach (var field in fields)
        {
            var value = form.Values.GetValueOrDefault(field);
            if (string.IsNullOrWhiteSpace(value) && RequiredTexts.TryGetValue(field, out var required))
            {
                errors[field] = _core.Text[required];
            }
            else if (field is ReservationForm.Start or ReservationForm.End && ReservationForm.Day(value) is null)
            {
                errors[field] = _core.Text["Reserve.NotADate"];
            }
        }

        if (errors.Count > 0)
        {
            return errors;
        }

        var draft = data?[DraftKey] as JsonObject ?? [];
        var user = await _core.Users.ResolveAsync(form.Context, cancellationToken);
        var actor = user.Actor ?? throw new InvalidOperationException("The reserve journey runs for partner users only.");
        var number = new VoucherNumber((string)draft[ReservationForm.Voucher]!);
        var subject = await _preview.LoadAsync(number, actor, cancellationToken);
        var choices = ReservationChoices.From(id => fields.Contains(id) ? form.Values.GetValueOrDefault(id) : (string?)draft[id]);
        var refusals = _preview.RefusalsOfReserving(subject, actor, choices.ToCommand(number, (string)draft[ReservationForm.Email]!, subject.Today));
        var userTime = UserTimeFor(form.Context, _core.Calendar.Zone);
        foreach (var field in fields)
        {
            if (Concerning(refusals, field) is { Count: > 0 } about)
            {
                errors[field] = string.Join(" ", about.Select(r => _replies.Reason(r, userTime)));
            }
        }

        return errors;
    };

    private static JsonObject CardOf(CardFormState state) =>
        state.Data?[CardKey] as JsonObject ?? throw new InvalidOperationException("A reservation card form needs its card in the options' data.");

    private static CardFormOptions FormOptions(JsonObject card, string opId, JsonObject draft) => new()
    {
        Data = new JsonObject { [CardKey] = card, [OperationIdProperty] = opId, [DraftKey] = draft.DeepClone() },
    };

    /// <summary>Keeps a card's answers in the dialog's values; false when the card gave up after too many attempts.</summary>
    private static bool Keep(WaterfallStepContext step, params string[] fields)
    {
        if (step.Result is not IReadOnlyDictionary<string, string> form)
        {
            return false;
        }

        foreach (var field in fields)
        {
            step.Values[field] = form.GetValueOrDefault(field)?.Trim();
        }

        return true;
    }

    private static ReservationChoices Choices(JsonObject values) => ReservationChoices.From(id => (string?)values[id]);

    private static List<Refusal> Concerning(IEnumerable<Refusal> refusals, string field) =>
        refusals.Where(r => ReservationForm.FieldOf(r) == field).ToList();

    private async Task<(Actor Actor, VoucherNumber Number, ReservationSubject Subject, UserTime UserTime)> LoadAsync(WaterfallStepContext step, CancellationToken cancellationToken)
    {
        var user = await _core.Users.ResolveAsync(step.Context, cancellationToken);
        var actor = user.Actor ?? throw new InvalidOperationException("The reserve journey runs for partner users only.");
        var number = new VoucherNumber((string)step.Values[ReservationForm.Voucher]!);
        return (actor, number, await _preview.LoadAsync(number, actor, cancellationToken), UserTimeFor(step.Context, _core.Calendar.Zone));
    }

    private async Task<DialogTurnResult> GiveUpAsync(WaterfallStepContext step, CancellationToken cancellationToken)
    {
        await step.Context.SendActivityAsync(MessageFactory.Text(_core.Text["Reserve.TooManyAttempts"]), cancellationToken);
        return await step.EndDialogAsync(null, cancellationToken);
    }

    private Task<bool> IsVoucherNumberAsync(PromptValidatorContext<string> prompt, CancellationToken cancellationToken) =>
        Task.FromResult(prompt.Recognized.Succeeded && _core.Numbers.TryParse(prompt.Recognized.Value, out _));

    private static Task<bool> IsEmailAsync(PromptValidatorContext<string> prompt, CancellationToken cancellationToken) =>
        Task.FromResult(prompt.Recognized.Succeeded
            && MailAddress.TryCreate(prompt.Recognized.Value?.Trim(), out var address)
            && address.Address.Equals(prompt.Recognized.Value!.Trim(), StringComparison.OrdinalIgnoreCase));
}
