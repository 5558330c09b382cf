using NodaTime;
using PlanningServicesBot.Domain.Catalogue;

namespace PlanningServicesBot.Domain.Tests.Catalogue;

public class ProgramCatalogueTests
{
    private const string Minimal = """
        {
          "offerings": [ { "acronym": "SSDPS", "name": "SQL Server Deployment Planning Services" } ],
          "competencies": [ { "name": "Data Platform", "qualifyingExams": [ "DP-300" ] } ],
          "engagements": [
            { "id": "dem", "name": "Data Estate Modernization", "offering": "SSDPS",
              "qualifyingCompetencies": [ { "name": "Data Platform", "minimumLevel": "Gold" } ], "allowedLengths": [ 5 ] }
          ],
          "retiredEngagements": []
        }
        """;

    [Fact]
    public void DefaultCatalogueHasSixOfferingsAndTwelveEngagements()
    {
        var catalogue = ProgramCatalogue.Default;

        Assert.Equal(["DDPS", "DYDPS", "PVDPS", "SDPS", "S-EDPS", "SSDPS"], catalogue.Offerings.Select(o => o.Acronym));
        Assert.Equal(12, catalogue.Engagements.Count);
        Assert.Equal([3, 3, 1, 2, 2, 1], catalogue.Offerings.Select(o => catalogue.EngagementsOf(o.Acronym).Count));
    }

    [Theory]
    [InlineData("data-estate-modernization", "SSDPS", "Gold Data Analytics|Gold Data Platform")]
    [InlineData("dynamics-fo-upgrade", "DYDPS", "Gold Enterprise Resource Planning")]
    [InlineData("mobile-productivity", "DDPS", "Silver Enterprise Mobility Management|Silver Windows and Devices")]
    [InlineData("ppm-solution", "SDPS", "Silver Project and Portfolio Management")]
    public void EngagementsCarryTheirOfferingAndQualifyingCompetencies(string id, string offering, string competencies)
    {
        var engagement = ProgramCatalogue.Default.FindEngagement(id)!;

        Assert.Equal(offering, engagement.Offering);
        Assert.Equal(competencies, string.Join('|', engagement.QualifyingCompetencies.Select(c => $"{c.MinimumLevel} {c.Name}")));
    }

    [Fact]
    public void EveryEngagementAllowsOnlyProgramLengthsAndFinanceAndOperationsNeedsAtLeastFiveDays()
    {
        var catalogue = ProgramCatalogue.Default;

        Assert.All(catalogue.Engagements, e => Assert.Subset(new HashSet<int>([1, 3, 5, 10, 15]), e.AllowedLengths.ToHashSet()));
        Assert.Equal([5, 10, 15], catalogue.FindEngagement("dynamics-fo-upgrade")!.AllowedLengths);
    }

    [Fact]
    public void QualifyingExamsAreThoseOfEveryAlternativeCompetency()
    {
        var catalogue = ProgramCatalogue.Default;

        var exams = catalogue.QualifyingExams(catalogue.FindEngagement("data-estate-modernization")!);

        Assert.Contains("DA-100", exams);
        Assert.Contains("DP-300", exams);
        Assert.Equal(exams.Count, exams.Distinct().Count());
    }

    [Fact]
    public void CloudEngagementsAreRetiredAndNotReservable()
    {
        var catalogue = ProgramCatalogue.Default;

        Assert.Equal(new LocalDate(2020, 2, 1), catalogue.FindRetiredEngagement("office-365-planning")!.RetiredOn);
        Assert.Null(catalogue.FindEngagement("office-365-planning"));
        Assert.NotNull(catalogue.FindRetiredEngagement("azure-planning"));
    }

    [Fact]
    public void AConfiguredCatalogueReplacesTheDefault()
    {
        var catalogue = ProgramCatalogue.FromJson(Minimal);

        Assert.Equal("dem", Assert.Single(catalogue.Engagements).Id);
        Assert.Equal(CompetencyLevel.Gold, catalogue.Engagements[0].QualifyingCompetencies[0].MinimumLevel);
    }

    [Theory]
    [InlineData("\"offering\": \"SSDPS\"", "\"offering\": \"AZDPS\"", "unknown offering 'AZDPS'")]
    [InlineData("\"qualifyingCompetencies\": [ { \"name\": \"Data Platform\"", "\"qualifyingCompetencies\": [ { \"name\": \"Data Platfrom\"", "unknown competency 'Data Platfrom'")]
    [InlineData("\"allowedLengths\": [ 5 ]", "\"allowedLengths\": [ ]", "positive allowed lengths")]
    [InlineData("\"qualifyingExams\": [ \"DP-300\" ]", "\"qualifyingExams\": [ ]", "no qualifying exams")]
    [InlineData("\"retiredEngagements\": []", "\"retiredEngagements\": [ { \"id\": \"dem\", \"name\": \"Old\", \"offering\": \"SSDPS\", \"retiredOn\": \"2020-02-01\" } ]", "engagement 'dem' is listed twice")]
    public void AnInconsistentCatalogueIsRejectedWithTheProblem(string from, string to, string problem)
    {
        var json = Minimal.Replace(from, to, StringComparison.Ordinal);
        Assert.NotEqual(Minimal, json);

        var error = Assert.Throws<FormatException>(() => ProgramCatalogue.FromJson(json));

        Assert.Contains(problem, error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void MalformedJsonIsRejected()
    {
        Assert.Throws<FormatException>(() => ProgramCatalogue.FromJson("{ \"offerings\": [ "));
    }
}
