using System.Globalization;
using System.Text.Json.Nodes;
using BotRuntime.Schema;
using NodaTime;
using NodaTime.Text;
using PlanningServicesBot.Cards;
using PlanningServicesBot.Domain.Catalogue;
using PlanningServicesBot.Domain.Eligibility;
using PlanningServicesBot.Domain.Partners;
using PlanningServicesBot.Localization;
using PlanningServicesBot.Presentation;

namespace PlanningServicesBot.Journeys.Program;

/// <summary>The eligibility journey's cards: one question per step, and the result with every requirement met or not.</summary>
internal sealed class EligibilityCards(BotCards cards, BotText text, ProgramCatalogue catalogue, RefusalText refusals)
{
    public const string Offering = "offering";
    public const string Engagement = "engagement";
    public const string Consultant = "consultant";
    public const string Country = "country";

    /// <summary>The answer to an optional question that was skipped.</summary>
    public const string Skip = "skip";

    /// <summary>A question card: what was chosen so far, and one choice among <paramref name="choices"/> (title, value).</summary>
    public JsonObject Question(string field, Partner partner, IReadOnlyDictionary<string, string> chosen, IEnumerable<(string Title, string Value)> choices, string opId) =>
        cards.Expand(CardNames.EligibilityQuestion, new JsonObject
        {
            ["t"] = new JsonObject
            {
                ["title"] = text["Eligibility.Title"],
                ["prompt"] = text[$"Eligibility.{Capitalized(field)}Prompt"],
                ["required"] = Required(field),
                ["submit"] = text["Eligibility.Next"],
            },
            ["facts"] = Facts(partner, chosen, includePartner: true),
            ["field"] = field,
            ["style"] = field == Country ? "filtered" : "expanded",
            ["choices"] = new JsonArray(choices.Select(c => (JsonNode)new JsonObject { ["title"] = c.Title, ["value"] = c.Value }).ToArray()),
            ["opId"] = opId,
        });

    /// <summary>What the question card says when its answer is missing or not one of its choices.</summary>
    public string Required(string field) => text[$"Eligibility.{Capitalized(field)}Required"];

    public IEnumerable<(string Title, string Value)> Offerings() =>
        catalogue.Offerings.Select(o => (text.Format("Eligibility.OfferingChoice", o.Name, o.Acronym), o.Acronym));

    public IEnumerable<(string Title, string Value)> Engagements(string offering) =>
        catalogue.EngagementsOf(offering).Select(e => (e.Name, e.Id));

    public IEnumerable<(string Title, string Value)> Consultants(Partner partner) =>
        partner.Consultants
            .Select(c => (text.Format("Eligibility.ConsultantChoice", c.Name, c.ConsultantId), c.ConsultantId))
            .Append((text["Eligibility.SkipConsultant"], Skip));

    /// <summary>Every country, by name in the user's language, after the choice to skip.</summary>
    public IEnumerable<(string Title, string Value)> Countries() =>
        CountryNames.All
            .Select(code => (Title: CountryNames.Of(code), Value: code))
            .OrderBy(c => c.Title, StringComparer.Create(CultureInfo.CurrentCulture, ignoreCase: true))
            .Prepend((text["Eligibility.SkipCountry"], Skip));

    public Attachment Result(Partner partner, EligibilityReport report, IReadOnlyDictionary<string, string> chosen, UserTime userTime)
    {
        var unmet = report.Unmet.Count;
        var total = report.Requirements.Count;
        var offering = chosen.GetValueOrDefault(Offering) ?? catalogue.FindEngagement(report.EngagementId)?.Offering ?? string.Empty;
        var notes = new List<string>();
        if (!Chosen(chosen, Consultant))
        {
            notes.Add(text["Eligibility.NotCheckedConsultant"]);
        }

        if (!Chosen(chosen, Country))
        {
            notes.Add(text["Eligibility.NotCheckedCountry"]);
        }

        return cards.Render(CardNames.EligibilityResult, new JsonObject
        {
            ["t"] = new JsonObject
            {
                ["title"] = text.Format("Eligibility.ResultTitle", EngagementName(report.EngagementId)),
                ["summary"] = unmet switch
                {
                    0 => text["Eligibility.AllMet"],
                    1 => text.Format("Eligibility.OneUnmet", total),
                    _ => text.Format("Eligibility.SomeUnmet", unmet, total),
                },
                ["asOf"] = text.Format("Eligibility.AsOf", partner.Name, userTime.Day(report.On)),
                ["checkAnother"] = text["Eligibility.CheckAnother"],
                ["menu"] = text["Common.Menu"],
            },
            ["summaryColor"] = unmet == 0 ? "good" : "attention",
            ["facts"] = Facts(partner, chosen, includePartner: false),
            ["requirements"] = new JsonArray(report.Requirements.Select(r => (JsonNode)new JsonObject
            {
                ["met"] = r.IsMet,
                ["status"] = text[r.IsMet ? "Eligibility.Met" : "Eligibility.Unmet"],
                ["color"] = r.IsMet ? "good" : "attention",
                ["name"] = text.Format($"Eligibility.Requirement.{r.Kind}", offering, report.On.Year.ToString(CultureInfo.InvariantCulture)),
                ["detail"] = r.Shortfall is { } shortfall ? refusals.Describe(shortfall, userTime) : Satisfied(r, partner, chosen, report.On, userTime),
                ["nextStep"] = r.NextStep is { } next ? text.Format("Eligibility.NextStepLabel", text[$"Eligibility.NextStep.{next}"]) : string.Empty,
            }).ToArray()),
            ["notes"] = new JsonArray(notes.Select(n => (JsonNode)new JsonObject { ["text"] = n }).ToArray()),
            ["opId"] = JourneyDialog.NewOperationId(),
        });
    }

    private string Satisfied(RequirementCheck requirement, Partner partner, IReadOnlyDictionary<string, string> chosen, LocalDate today, UserTime userTime)
    {
        var by = requirement.SatisfiedBy ?? string.Empty;
        return requirement.Kind switch
        {
            RequirementKind.Agreement when LocalDatePattern.Iso.Parse(by) is { Success: true } signed =>
                text.Format("Eligibility.Satisfied.Agreement", userTime.Day(signed.Value)),
            RequirementKind.Competency when partner.Competencies
                    .Where(c => string.Equals(c.Name, by, StringComparison.OrdinalIgnoreCase) && c.IsValidOn(today))
                    .MaxBy(c => c.ValidUntil) is { } held =>
                text.Format("Eligibility.Satisfied.Competency", text[$"Enum.CompetencyLevel.{held.Level}"], held.Name, userTime.Day(held.ValidUntil)),
            RequirementKind.ConsultantExam when partner.FindConsultant(chosen.GetValueOrDefault(Consultant) ?? string.Empty) is { } consultant =>
                text.Format("Eligibility.Satisfied.ConsultantExam", consultant.Name, by),
            RequirementKind.Location when partner.FindLocation(by) is { } location =>
                text.Format("Eligibility.Satisfied.Location", location.LocationId, CountryNames.Of(location.CountryCode)),
            RequirementKind.Enrollment => text.Format("Eligibility.Satisfied.Enrollment", by),
            _ => by,
        };
    }

    private JsonArray Facts(Partner partner, IReadOnlyDictionary<string, string> chosen, bool includePartner)
    {
        var facts = new List<(string Label, string? Value)>
        {
            ("Partner", includePartner ? partner.Name : null),
            ("Offering", chosen.GetValueOrDefault(Offering) is { } acronym && catalogue.FindOffering(acronym) is { } offering
                ? text.Format("Eligibility.OfferingChoice", offering.Name, offering.Acronym)
                : null),
            ("Engagement", chosen.GetValueOrDefault(Engagement) is { } engagement ? EngagementName(engagement) : null),
            ("Consultant", chosen.GetValueOrDefault(Consultant) switch
            {
                null => null,
                Skip => text["Eligibility.NotChecked"],
                var id => partner.FindConsultant(id) is { } consultant ? text.Format("Eligibility.ConsultantChoice", consultant.Name, consultant.ConsultantId) : id,
            }),
            ("Country", chosen.GetValueOrDefault(Country) switch
            {
                null => null,
                Skip => text["Eligibility.NotChecked"],
                var code => CountryNames.Of(code),
            }),
        };
        return new JsonArray(facts
            .Where(f => f.Value is not null)
            .Select(f => (JsonNode)new JsonObject { ["label"] = text[$"Eligibility.Fact.{f.Label}"], ["value"] = f.Value })
            .ToArray());
    }

    private string EngagementName(string engagementId) =>
        catalogue.FindEngagement(engagementId)?.Name ?? catalogue.FindRetiredEngagement(engagementId)?.Name ?? engagementId;

    private static bool Chosen(IReadOnlyDictionary<string, string> chosen, string field) =>
        chosen.GetValueOrDefault(field) is { Length: > 0 } value && value != Skip;

    private static string Capitalized(string field) => char.ToUpperInvariant(field[0]) + field[1..];
}
