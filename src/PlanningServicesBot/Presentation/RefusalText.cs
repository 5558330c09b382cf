using System.Collections;
using System.Globalization;
using NodaTime;
using PlanningServicesBot.Domain.Catalogue;
using PlanningServicesBot.Domain.Refusals;
using PlanningServicesBot.Localization;

namespace PlanningServicesBot.Presentation;

/// <summary>
/// Puts a domain refusal into words: the text is <c>Refusal.{TypeName}</c> from the resources, and each of the
/// refusal's values fills its placeholder in declaration order ({0} = first parameter), written for the user:
/// days as dates, enums by their <c>Enum.{Type}.{Value}</c> text, engagements and offerings by name, lists joined (alternatives with "or").
/// </summary>
public sealed class RefusalText(BotText text, ProgramCatalogue catalogue)
{
    public string Describe(Refusal refusal, UserTime userTime)
    {
        var type = refusal.GetType();
        var parameters = type.GetConstructors().Single().GetParameters();
        var values = parameters
            .Select(p => Format(p.Name!, type.GetProperty(p.Name!)!.GetValue(refusal), userTime))
            .ToArray<object?>();
        return string.Format(CultureInfo.CurrentCulture, text[$"Refusal.{type.Name}"], values);
    }

    public IReadOnlyList<string> Describe(IEnumerable<Refusal> refusals, UserTime userTime) =>
        refusals.Select(r => Describe(r, userTime)).ToList();

    private string Format(string name, object? value, UserTime userTime) => value switch
    {
        null => string.Empty,
        LocalDate day => userTime.Day(day),
        Enum e => text[$"Enum.{e.GetType().Name}.{e}"],
        CompetencyRequirement requirement => text.Format("Format.CompetencyRequirement", Format(name, requirement.MinimumLevel, userTime), requirement.Name),
        string s when name.Contains("Engagement", StringComparison.Ordinal) && name.EndsWith("Id", StringComparison.Ordinal) =>
            catalogue.FindEngagement(s)?.Name ?? catalogue.FindRetiredEngagement(s)?.Name ?? s,
        string s when name.Contains("Offering", StringComparison.Ordinal) =>
            catalogue.FindOffering(s) is { } offering ? $"{offering.Name} ({offering.Acronym})" : s,
        string s when name.EndsWith("Country", StringComparison.Ordinal) => CountryNames.Of(s),
        string s => s,
        IFormattable number => number.ToString(null, CultureInfo.CurrentCulture),
        IEnumerable items => string.Join(
            text[name is "Allowed" or "Alternatives" or "QualifyingExams" ? "Format.Or" : "Format.ListSeparator"],
            items.Cast<object?>().Select(item => Format(name, item, userTime))),
        _ => value.ToString() ?? string.Empty,
    };
}
