using System.Reflection;
using System.Text.Json;
using System.Text.Json.Serialization;
using PlanningServicesBot.Domain.Serialization;

namespace PlanningServicesBot.Domain.Catalogue;

/// <summary>
/// What the program offers: offerings, engagements with their qualifying competencies and lengths,
/// the competencies' exams, and the retired engagements. Shipped as data, replaceable by configuration.
/// </summary>
public sealed class ProgramCatalogue
{
    private static readonly Lazy<ProgramCatalogue> DefaultCatalogue = new(LoadDefault);

    private static readonly JsonSerializerOptions JsonOptions = new(JsonSerializerDefaults.Web)
    {
        Converters = { new LocalDateJsonConverter(), new JsonStringEnumConverter() },
        ReadCommentHandling = JsonCommentHandling.Skip,
        AllowTrailingCommas = true,
    };

    /// <summary>Creates a catalogue, validating that every reference in it resolves.</summary>
    /// <exception cref="FormatException">The catalogue is inconsistent; the message lists every problem.</exception>
    public ProgramCatalogue(
        IReadOnlyList<Offering> offerings,
        IReadOnlyList<Competency> competencies,
        IReadOnlyList<Engagement> engagements,
        IReadOnlyList<RetiredEngagement> retiredEngagements)
    {
        Offerings = offerings;
        Competencies = competencies;
        Engagements = engagements;
        RetiredEngagements = retiredEngagements;
        var problems = FindProblems().ToList();
        if (problems.Count > 0)
        {
            throw new FormatException("The catalogue is invalid: " + string.Join("; ", problems));
        }
    }

    /// <summary>The catalogue shipped with the application (the 2021 Partner Center catalogue).</summary>
    public static ProgramCatalogue Default => DefaultCatalogue.Value;

    /// <summary>The current offerings.</summary>
    public IReadOnlyList<Offering> Offerings { get; }

    /// <summary>The competencies engagements refer to, with their qualifying exams.</summary>
    public IReadOnlyList<Competency> Competencies { get; }

    /// <summary>The engagements that can be reserved.</summary>
    public IReadOnlyList<Engagement> Engagements { get; }

    /// <summary>Engagements that were retired and can no longer be reserved.</summary>
    public IReadOnlyList<RetiredEngagement> RetiredEngagements { get; }

    /// <summary>Reads a catalogue from JSON in the shape of the embedded <c>catalogue.json</c>.</summary>
    /// <exception cref="FormatException">The JSON is malformed or the catalogue is inconsistent.</exception>
    public static ProgramCatalogue FromJson(string json)
    {
        CatalogueDocument? document;
        try
        {
            document = JsonSerializer.Deserialize<CatalogueDocument>(json, JsonOptions);
        }
        catch (JsonException e)
        {
            throw new FormatException("The catalogue is not valid JSON: " + e.Message, e);
        }

        if (document is null)
        {
            throw new FormatException("The catalogue is empty.");
        }

        return new ProgramCatalogue(
            document.Offerings ?? [],
            document.Competencies ?? [],
            document.Engagements ?? [],
            document.RetiredEngagements ?? []);
    }

    /// <summary>The offering with this acronym (case-insensitive), if any.</summary>
    public Offering? FindOffering(string acronym) =>
        Offerings.FirstOrDefault(o => string.Equals(o.Acronym, acronym, StringComparison.OrdinalIgnoreCase));

    /// <summary>The reservable engagement with this id (case-insensitive), if any.</summary>
    public Engagement? FindEngagement(string id) =>
        Engagements.FirstOrDefault(e => string.Equals(e.Id, id, StringComparison.OrdinalIgnoreCase));

    /// <summary>The retired engagement with this id (case-insensitive), if any.</summary>
    public RetiredEngagement? FindRetiredEngagement(string id) =>
        RetiredEngagements.FirstOrDefault(e => string.Equals(e.Id, id, StringComparison.OrdinalIgnoreCase));

    /// <summary>The competency with this name (case-insensitive), if any.</summary>
    public Competency? FindCompetency(string name) =>
        Competencies.FirstOrDefault(c => string.Equals(c.Name, name, StringComparison.OrdinalIgnoreCase));

    /// <summary>The engagements of one offering.</summary>
    public IReadOnlyList<Engagement> EngagementsOf(string offering) =>
        Engagements.Where(e => string.Equals(e.Offering, offering, StringComparison.OrdinalIgnoreCase)).ToList();

    /// <summary>Every exam that qualifies a consultant to lead the engagement: those of any of its qualifying competencies.</summary>
    public IReadOnlyList<string> QualifyingExams(Engagement engagement) =>
        engagement.QualifyingCompetencies
            .SelectMany(requirement => FindCompetency(requirement.Name)?.QualifyingExams ?? [])
            .Distinct(StringComparer.OrdinalIgnoreCase)
            .ToList();

    private static ProgramCatalogue LoadDefault()
    {
        using var stream = Assembly.GetExecutingAssembly()
            .GetManifestResourceStream("PlanningServicesBot.Domain.Catalogue.catalogue.json")
            ?? throw new InvalidOperationException("The embedded catalogue.json is missing from the Domain assembly.");
        using var reader = new StreamReader(stream);
        return FromJson(reader.ReadToEnd());
    }

    private IEnumerable<string> FindProblems()
    {
        foreach (var duplicate in Duplicates(Offerings.Select(o => o.Acronym)))
        {
            yield return $"offering '{duplicate}' is listed twice";
        }

        foreach (var duplicate in Duplicates(Competencies.Select(c => c.Name)))
        {
            yield return $"competency '{duplicate}' is listed twice";
        }

        foreach (var duplicate in Duplicates(Engagements.Select(e => e.Id).Concat(RetiredEngagements.Select(e => e.Id))))
        {
            yield return $"engagement '{duplicate}' is listed twice";
        }

        foreach (var offering in Offerings.Where(o => string.IsNullOrWhiteSpace(o.Acronym) || string.IsNullOrWhiteSpace(o.Name)))
        {
            yield return $"offering '{offering.Acronym}' needs an acronym and a name";
        }

        foreach (var competency in Competencies.Where(c => c.QualifyingExams is null || c.QualifyingExams.Count == 0))
        {
            yield return $"competency '{competency.Name}' has no qualifying exams";
        }

        foreach (var engagement in Engagements)
        {
            if (string.IsNullOrWhiteSpace(engagement.Id) || string.IsNullOrWhiteSpace(engagement.Name))
            {
                yield return $"engagement '{engagement.Id}' needs an id and a name";
            }

            if (FindOffering(engagement.Offering ?? "") is null)
            {
                yield return $"engagement '{engagement.Id}' refers to unknown offering '{engagement.Offering}'";
            }

            if (engagement.QualifyingCompetencies is null || engagement.QualifyingCompetencies.Count == 0)
            {
                yield return $"engagement '{engagement.Id}' has no qualifying competency";
            }
            else
            {
                foreach (var requirement in engagement.QualifyingCompetencies.Where(r => FindCompetency(r.Name ?? "") is null))
                {
                    yield return $"engagement '{engagement.Id}' refers to unknown competency '{requirement.Name}'";
                }
            }

            if (engagement.AllowedLengths is null || engagement.AllowedLengths.Count == 0 || engagement.AllowedLengths.Any(days => days <= 0))
            {
                yield return $"engagement '{engagement.Id}' needs positive allowed lengths";
            }
        }

        foreach (var retired in RetiredEngagements.Where(r => string.IsNullOrWhiteSpace(r.Id) || string.IsNullOrWhiteSpace(r.Name)))
        {
            yield return $"retired engagement '{retired.Id}' needs an id and a name";
        }
    }

    private static IEnumerable<string> Duplicates(IEnumerable<string> keys) =>
        keys.GroupBy(key => key, StringComparer.OrdinalIgnoreCase).Where(g => g.Count() > 1).Select(g => g.Key);

    private sealed record CatalogueDocument(
        IReadOnlyList<Offering>? Offerings,
        IReadOnlyList<Competency>? Competencies,
        IReadOnlyList<Engagement>? Engagements,
        IReadOnlyList<RetiredEngagement>? RetiredEngagements);
}
