using PlanningServicesBot.Domain.Catalogue;

namespace PlanningServicesBot.Domain.Tests.Catalogue;

public class ProgramCatalogueTests
{
    [Fact]
    public void DefaultCatalogueHasSixOfferingsAndTwelveEngagements()
    {
        var catalogue = ProgramCatalogue.Default;

        Assert.Equal(["DDPS", "DYDPS", "PVDPS", "SDPS", "S-EDPS", "SSDPS"], catalogue.Offerings.Select(o => o.Acronym));
        Assert.Equal(12, catalogue.Engagements.Count);
    }
}
