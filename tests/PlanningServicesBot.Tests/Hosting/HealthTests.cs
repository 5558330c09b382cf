using System.Net;
using PlanningServicesBot.Tests.Support;

namespace PlanningServicesBot.Tests.Hosting;

public sealed class HealthTests
{
    [Fact]
    public async Task HealthzAnswersHealthyOnceTheDatabaseIsReady()
    {
        using var app = new BotApplication();

        var response = await app.CreateClient().GetAsync("/healthz");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("Healthy", await response.Content.ReadAsStringAsync());
    }
}
