using System.Net;
using System.Net.Http.Json;
using System.Text.Json.Nodes;
using PlanningServicesBot.WebChat;

namespace PlanningServicesBot.Tests.WebChat;

public sealed class WebChatPageTests : IClassFixture<WebChatPageTests.DemoApp>
{
    private readonly WebChatApp app;

    public WebChatPageTests(DemoApp fixture) => app = fixture.App;

    [Fact]
    public async Task ThePageAtTheRootLoadsWebChatFromTheAppItselfNotACdn()
    {
        using var http = app.CreateHttpClient();

        var page = await http.GetStringAsync("/");
        using var bundle = await http.GetAsync("/lib/botframework-webchat/webchat.js");

        Assert.Contains("""<script src="lib/botframework-webchat/webchat.js" defer></script>""", page);
        Assert.DoesNotContain("cdn.botframework.com", page);
        Assert.DoesNotContain("https://", page);
        Assert.Equal(HttpStatusCode.OK, bundle.StatusCode);
        Assert.Equal("text/javascript", bundle.Content.Headers.ContentType?.MediaType);
        Assert.True(bundle.Content.Headers.ContentLength > 1_000_000, "the full Web Chat bundle is megabytes of script");
    }

    [Fact]
    public async Task SettingsOfferTheBotsFiveLanguagesAndInDemoModeTheDemoIdentities()
    {
        using var http = app.CreateHttpClient();

        var settings = JsonNode.Parse(await http.GetStringAsync("/webchat/settings"))!;

        Assert.True((bool)settings["demo"]!);
        Assert.Equal(WebChatEndpointRouteBuilderExtensions.JoinEventName, (string?)settings["joinEventName"]);
        Assert.True((bool)settings["webSocket"]!);
        Assert.Equal(
            ["en:en-US", "fr:fr-FR", "nl:nl-NL", "sv:sv-SE", "zh-Hans:zh-CN"],
            settings["languages"]!.AsArray().Select(l => $"{l!["key"]}:{l["locale"]}"));
        Assert.Equal(
            [WebChatIdentities.Customer, WebChatIdentities.PartnerGlobalAdmin, WebChatIdentities.PartnerMpnAdmin, WebChatIdentities.PartnerConsultant, WebChatIdentities.SupportStaff],
            settings["identities"]!.AsArray().Select(i => (string?)i!["key"]));
    }

    [Fact]
    public async Task ATokenForADemoPartnerUserIsBoundToTheirIdentityAndTheAppsOwnDirectLine()
    {
        using var http = app.CreateHttpClient();

        using var response = await http.PostAsJsonAsync("/webchat/token", new { identity = WebChatIdentities.PartnerConsultant });

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("no-store", response.Headers.CacheControl?.ToString());
        var token = JsonNode.Parse(await response.Content.ReadAsStringAsync())!;
        Assert.Equal($"{app.BaseAddress}v3/directline", (string?)token["domain"]);
        Assert.Equal("dl_44656d6f-0001-4000-8000-000000000003", (string?)token["userId"]);
        Assert.Equal("Lena Vogel", (string?)token["userName"]);
        Assert.Equal(1800, (int)token["expiresIn"]!);
    }

    [Theory]
    [InlineData("""{"identity":"root"}""", HttpStatusCode.BadRequest, "BadArgument")]
    [InlineData("""{"identity":""" , HttpStatusCode.BadRequest, "BadSyntax")]
    [InlineData("""[1,2]""", HttpStatusCode.BadRequest, "BadSyntax")]
    public async Task TheTokenEndpointRefusesWhatItDoesNotOffer(string body, HttpStatusCode status, string code)
    {
        using var http = app.CreateHttpClient();

        using var response = await http.PostAsync("/webchat/token", new StringContent(body, System.Text.Encoding.UTF8, "application/json"));

        Assert.Equal(status, response.StatusCode);
        Assert.Equal(code, (string?)JsonNode.Parse(await response.Content.ReadAsStringAsync())!["error"]!["code"]);
    }

    [Fact]
    public async Task WithoutABodyTheTokenIsAnAnonymousCustomers()
    {
        using var http = app.CreateHttpClient();

        using var response = await http.PostAsync("/webchat/token", null);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.StartsWith("dl_", (string?)JsonNode.Parse(await response.Content.ReadAsStringAsync())!["userId"]);
    }

    [Fact]
    public async Task OutsideDemoModeEveryoneIsACustomer()
    {
        using var production = new WebChatApp(new Dictionary<string, string?> { ["Demo:Enabled"] = "false" });
        using var http = production.CreateHttpClient();

        var settings = JsonNode.Parse(await http.GetStringAsync("/webchat/settings"))!;
        using var partner = await http.PostAsJsonAsync("/webchat/token", new { identity = WebChatIdentities.PartnerGlobalAdmin });

        Assert.False((bool)settings["demo"]!);
        Assert.Equal([WebChatIdentities.Customer], settings["identities"]!.AsArray().Select(i => (string?)i!["key"]));
        Assert.Equal(HttpStatusCode.BadRequest, partner.StatusCode);
    }

    [Fact]
    public async Task WithAnExternalDirectLineThePageGetsItsTokensFromThereWithTheSecretKeptOnTheServer()
    {
        // This app plays Azure's Direct Line for the second one, whose page then points at it.
        using var external = new WebChatApp(new Dictionary<string, string?>
        {
            ["WebChat:DirectLineDomain"] = $"{app.BaseAddress}v3/directline",
            ["WebChat:DirectLineSecret"] = WebChatApp.Secret,
        });
        using var http = external.CreateHttpClient();

        var settings = JsonNode.Parse(await http.GetStringAsync("/webchat/settings"))!;
        using var response = await http.PostAsJsonAsync("/webchat/token", new { identity = WebChatIdentities.Customer });
        var token = JsonNode.Parse(await response.Content.ReadAsStringAsync())!;

        Assert.Equal([WebChatIdentities.Customer], settings["identities"]!.AsArray().Select(i => (string?)i!["key"]));
        Assert.Equal($"{app.BaseAddress}v3/directline", (string?)token["domain"]);
        Assert.DoesNotContain(WebChatApp.Secret, token.ToJsonString());
        using var appHttp = app.CreateHttpClient();
        var session = new WebChatSession(appHttp, (string)token["token"]!, (string)token["conversationId"]!);
        Assert.Equal(HttpStatusCode.Created, (await session.SendAsync(HttpMethod.Post, "/v3/directline/conversations")).Status);
    }

    /// <summary>One demo-mode app for the page tests.</summary>
    public sealed class DemoApp : IDisposable
    {
        public WebChatApp App { get; } = new();

        public void Dispose() => App.Dispose();
    }
}
