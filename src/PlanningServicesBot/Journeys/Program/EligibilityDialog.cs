using System.Text.Json.Nodes;
using BotRuntime;
using BotRuntime.Dialogs;
using BotRuntime.Dialogs.Prompts;
using PlanningServicesBot.Cards;
using PlanningServicesBot.Domain.Abstractions;
using PlanningServicesBot.Domain.Calendar;
using PlanningServicesBot.Domain.Catalogue;
using PlanningServicesBot.Domain.Operations;
using PlanningServicesBot.Domain.Partners;
using PlanningServicesBot.Domain.Refusals;
using PlanningServicesBot.Identity;
using PlanningServicesBot.Intents;
using PlanningServicesBot.Localization;
using PlanningServicesBot.Presentation;

namespace PlanningServicesBot.Journeys.Program;

/// <summary>
/// A partner user asks whether their company may deliver an engagement: the offering, one of its engagements, then
/// optionally the consultant who would lead it and the delivery country, each on a card. The domain checks every
/// requirement and the result card shows each one met or not, in words, with what to do about each one that is not.
/// </summary>
public sealed class EligibilityDialog : JourneyDialog
{
    public const string DialogId = "eligibility";
    private const string CardKey = "card";
    private const string AllowedKey = "allowed";
    private const string WholeCard = "form";
    private const int MaxCardAttempts = 5;

    private static readonly string[] Fields = [EligibilityCards.Offering, EligibilityCards.Engagement, EligibilityCards.Consultant, EligibilityCards.Country];

    private readonly BotText _text;
    private readonly ProgramCalendar _calendar;
    private readonly ProgramCatalogue _catalogue;
    private readonly IPartnerRepository _partners;
    private readonly PartnerOperations _operations;
    private readonly RefusalText _refusals;
    private readonly UserDirectory _users;
    private readonly EligibilityCards _cards;

    public EligibilityDialog(
        BotText text,
        ProgramCalendar calendar,
        ProgramCatalogue catalogue,
        IPartnerRepository partners,
        PartnerOperations operations,
        BotCards cards,
        RefusalText refusals,
        UserDirectory users)
        : base(DialogId, UserIntent.Eligibility)
    {
        _text = text;
        _calendar = calendar;
        _catalogue = catalogue;
        _partners = partners;
        _operations = operations;
        _refusals = refusals;
        _users = users;
        _cards = new EligibilityCards(cards, text, catalogue, refusals);

        foreach (var field in Fields)
        {
            AddDialog(new CardFormPrompt(PromptId(field), CardOf, ValidatorFor(field)) { MaxAttempts = MaxCardAttempts });
        }

        AddDialog(new WaterfallDialog($"{DialogId}.steps", [AskOfferingStepAsync, AskEngagementStepAsync, AskConsultantStepAsync, AskCountryStepAsync, ShowResultStepAsync]));
        InitialDialogId = $"{DialogId}.steps";
    }

    /// <summary>Offered to every partner user: anyone in the company may want to know before a reservation is made.</summary>
    public override bool IsOfferedTo(BotUser user) => user.Kind == BotUserKind.PartnerUser;

    private async Task<DialogTurnResult> AskOfferingStepAsync(WaterfallStepContext step, CancellationToken cancellationToken)
    {
        var user = await _users.ResolveAsync(step.Context, cancellationToken);
        if (!IsOfferedTo(user))
        {
            return await RefuseUserAsync(step, user, _text, cancellationToken);
        }

        if (await PartnerOrRefuseAsync(step, cancellationToken) is not { } partner)
        {
            return await step.EndDialogAsync(null, cancellationToken);
        }

        // "Am I eligible for SSDPS?" names the offering already.
        if (OfferingNamedIn(step.Context.Activity.Text) is { } named)
        {
            return await step.NextAsync(new Dictionary<string, string> { [EligibilityCards.Offering] = named.Acronym }, cancellationToken);
        }

        return await AskAsync(step, EligibilityCards.Offering, partner, _cards.Offerings(), cancellationToken);
    }

    private async Task<DialogTurnResult> AskEngagementStepAsync(WaterfallStepContext step, CancellationToken cancellationToken)
    {
        if (!Keep(step, EligibilityCards.Offering) || await PartnerOrRefuseAsync(step, cancellationToken) is not { } partner)
        {
            return await GiveUpAsync(step, cancellationToken);
        }

        return await AskAsync(step, EligibilityCards.Engagement, partner, _cards.Engagements(Chosen(step)[EligibilityCards.Offering]), cancellationToken);
    }

    private async Task<DialogTurnResult> AskConsultantStepAsync(WaterfallStepContext step, CancellationToken cancellationToken)
    {
        if (!Keep(step, EligibilityCards.Engagement) || await PartnerOrRefuseAsync(step, cancellationToken) is not { } partner)
        {
            return await GiveUpAsync(step, cancellationToken);
        }

        if (partner.Consultants.Count == 0)
        {
            return await step.NextAsync(new Dictionary<string, string> { [EligibilityCards.Consultant] = EligibilityCards.Skip }, cancellationToken);
        }

        return await AskAsync(step, EligibilityCards.Consultant, partner, _cards.Consultants(partner), cancellationToken);
    }

    private async Task<DialogTurnResult> AskCountryStepAsync(WaterfallStepContext step, CancellationToken cancellationToken)
    {
        if (!Keep(step, EligibilityCards.Consultant) || await PartnerOrRefuseAsync(step, cancellationToken) is not { } partner)
        {
            return await GiveUpAsync(step, cancellationToken);
        }

        return await AskAsync(step, EligibilityCards.Country, partner, _cards.Countries(), cancellationToken);
    }

    private async Task<DialogTurnResult> ShowResultStepAsync(WaterfallStepContext step, CancellationToken cancellationToken)
    {
        if (!Keep(step, EligibilityCards.Country))
        {
            return await GiveUpAsync(step, cancellationToken);
        }

        var user = await _users.ResolveAsync(step.Context, cancellationToken);
        var mpnId = user.PartnerUser!.MpnId;
        var chosen = Chosen(step);
        var report = await _operations.CheckEligibilityAsync(
            mpnId, chosen[EligibilityCards.Engagement], Optional(chosen, EligibilityCards.Consultant), Optional(chosen, EligibilityCards.Country), cancellationToken);
        var partner = await _partners.FindAsync(mpnId, cancellationToken);
        var userTime = UserTimeFor(step.Context, _calendar.Zone);
        var reply = report is null || partner is null
            ? MessageFactory.Text(_refusals.Describe(new PartnerNotFound(mpnId), userTime))
            : MessageFactory.Attachment(_cards.Result(partner, report, chosen, userTime));
        await step.Context.SendActivityAsync(reply, cancellationToken);
        return await step.EndDialogAsync(report?.IsEligible, cancellationToken);
    }

    private async Task<DialogTurnResult> AskAsync(
        WaterfallStepContext step, string field, Partner partner, IEnumerable<(string Title, string Value)> choices, CancellationToken cancellationToken)
    {
        var offered = choices.ToList();
        var opId = NewOperationId();
        var card = _cards.Question(field, partner, Chosen(step), offered, opId);
        return await step.BeginDialogAsync(PromptId(field), new CardFormOptions
        {
            Data = new JsonObject
            {
                [CardKey] = card,
                [OperationIdProperty] = opId,
                [AllowedKey] = new JsonArray(offered.Select(c => (JsonNode)c.Value).ToArray()),
            },
        }, cancellationToken);
    }

    /// <summary>The card's answer must come from this very card (not an earlier one) and be one of the choices it offered.</summary>
    private CardFormValidator ValidatorFor(string field) => (form, cancellationToken) =>
    {
        var data = form.Data as JsonObject;
        var errors = new Dictionary<string, string>();
        var answer = form.Values.GetValueOrDefault(field)?.Trim();
        if (form.Values.GetValueOrDefault(OperationIdProperty) != (string?)data?[OperationIdProperty])
        {
            errors[WholeCard] = _text["Eligibility.EarlierCard"];
        }
        else if (answer is null || !(data?[AllowedKey] as JsonArray ?? []).Any(allowed => (string?)allowed == answer))
        {
            errors[field] = _cards.Required(field);
        }

        return Task.FromResult<IReadOnlyDictionary<string, string>>(errors);
    };

    private async Task<Partner?> PartnerOrRefuseAsync(WaterfallStepContext step, CancellationToken cancellationToken)
    {
        var mpnId = (await _users.ResolveAsync(step.Context, cancellationToken)).PartnerUser!.MpnId;
        if (await _partners.FindAsync(mpnId, cancellationToken) is { } partner)
        {
            return partner;
        }

        var refusal = _refusals.Describe(new PartnerNotFound(mpnId), UserTimeFor(step.Context, _calendar.Zone));
        await step.Context.SendActivityAsync(MessageFactory.Text(refusal), cancellationToken);
        return null;
    }

    private Offering? OfferingNamedIn(string? text) =>
        (text ?? string.Empty)
            .Split([' ', '\t', '\n', ',', ';', '?', '!', '(', ')', ':', '.', '"', '\''], StringSplitOptions.RemoveEmptyEntries)
            .Select(_catalogue.FindOffering)
            .FirstOrDefault(offering => offering is not null);

    /// <summary>Keeps a card's answer in the dialog's values; false when the card gave up after too many attempts.</summary>
    private static bool Keep(WaterfallStepContext step, string field)
    {
        if (step.Result is not IReadOnlyDictionary<string, string> answers || answers.GetValueOrDefault(field) is not { } answer)
        {
            return false;
        }

        step.Values[field] = answer.Trim();
        return true;
    }

    private static Dictionary<string, string> Chosen(WaterfallStepContext step) =>
        Fields.Where(f => step.Values[f] is not null).ToDictionary(f => f, f => (string)step.Values[f]!);

    private static string? Optional(IReadOnlyDictionary<string, string> chosen, string field) =>
        chosen.GetValueOrDefault(field) is { Length: > 0 } value && value != EligibilityCards.Skip ? value : null;

    private static JsonObject CardOf(CardFormState state) =>
        state.Data?[CardKey] as JsonObject ?? throw new InvalidOperationException("An eligibility card form needs its card in the options' data.");

    private static string PromptId(string field) => $"{DialogId}.{field}";

    private async Task<DialogTurnResult> GiveUpAsync(WaterfallStepContext step, CancellationToken cancellationToken)
    {
        if (step.Result is TooManyAttempts)
        {
            await step.Context.SendActivityAsync(MessageFactory.Text(_text["Eligibility.TooManyAttempts"]), cancellationToken);
        }

        return await step.EndDialogAsync(null, cancellationToken);
    }
}
