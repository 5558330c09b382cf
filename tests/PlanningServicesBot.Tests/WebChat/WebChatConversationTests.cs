using System.Globalization;
using System.Net;
using BotRuntime.DirectLine;
using PlanningServicesBot.Data.Demo;
using PlanningServicesBot.Localization;
using PlanningServicesBot.Tests.Support;
using PlanningServicesBot.WebChat;

namespace PlanningServicesBot.Tests.WebChat;

public sealed class WebChatConversationTests : IClassFixture<WebChatPageTests.DemoApp>
{
    private static readonly CultureInfo English = CultureInfo.GetCultureInfo("en-GB");
    private static readonly BotText Text = new();

    private readonly WebChatApp app;

    public WebChatConversationTests(WebChatPageTests.DemoApp fixture) => app = fixture.App;

    [Fact]
    public async Task TheJoinEventBringsTheWelcomeCardBeforeTheUserTypesAndOnlyOnce()
    {
        using var http = app.CreateHttpClient();
        var chat = await WebChatSession.StartAsync(http);

        var welcome = await chat.JoinAsync();
        var again = await chat.JoinAsync();

        Assert.NotNull(Assert.Single(welcome).Card());
        Assert.Contains(Text.Get("Menu.VoucherStatus", English), welcome.Readable());
        Assert.Empty(again);
    }

    [Fact]
    public async Task TheCustomerCompletesTheStatusCheckThroughDirectLine()
    {
        using var http = app.CreateHttpClient();
        var chat = await WebChatSession.StartAsync(http);
        var voucher = DemoVouchers.StatusCheck;

        await chat.JoinAsync();
        Assert.Contains(Text.Get("Status.AskNumber", English), (await chat.SayAsync("check a voucher")).Readable());
        Assert.Contains(Text.Get("Status.AskEmail", English), (await chat.SayAsync(voucher.Number)).Readable());
        var status = await chat.SayAsync(voucher.AdminEmail);

        Assert.NotNull(Assert.Single(status).Card());
        Assert.Contains(voucher.Number, status.Readable());
        Assert.All(await chat.ReadAllAsync(), activity => Assert.Equal("directline", activity.ChannelId));
    }

    [Fact]
    public async Task ADemoPartnerAdminIsGreetedAsThePartnerUserTheirTokenNames()
    {
        using var http = app.CreateHttpClient();
        var admin = await WebChatSession.StartAsync(http, WebChatIdentities.PartnerGlobalAdmin);
        var customer = await WebChatSession.StartAsync(http, WebChatIdentities.Customer);

        var adminWelcome = (await admin.JoinAsync()).Readable();
        var customerWelcome = (await customer.JoinAsync()).Readable();

        Assert.Contains(Text.Get("Menu.Reserve", English), adminWelcome);
        Assert.DoesNotContain(Text.Get("Menu.Reserve", English), customerWelcome);
    }

    [Fact]
    public async Task ACustomerCannotBecomeAPartnerByWritingTheirIdentityIntoTheActivity()
    {
        using var http = app.CreateHttpClient();
        var customer = await WebChatSession.StartAsync(http);
        var anna = DemoIdentities.For(DemoIdentities.FabrikamMpnId, Domain.Partners.PartnerRole.GlobalAdmin);

        var welcome = await customer.PostAsync(new
        {
            type = "event",
            name = WebChatEndpointRouteBuilderExtensions.JoinEventName,
            from = new { id = "dl_" + anna.AadObjectId, aadObjectId = anna.AadObjectId, role = "user" },
            channelData = new { tenant = new { id = anna.TenantId } },
            conversation = new { id = customer.ConversationId, tenantId = anna.TenantId },
        });

        Assert.DoesNotContain(Text.Get("Menu.Reserve", English), welcome.Readable());
        Assert.Contains(Text.Get("Menu.VoucherStatus", English), welcome.Readable());
    }

    [Fact]
    public async Task AWebChatTokenOpensOnlyItsOwnConversation()
    {
        using var http = app.CreateHttpClient();
        var mine = await WebChatSession.StartAsync(http);
        var theirs = await WebChatSession.StartAsync(http);
        await theirs.SayAsync("check a voucher");
        var logged = (await theirs.ReadAllAsync()).Count;
        var intruder = new WebChatSession(http, mine.Token, theirs.ConversationId);

        var (readStatus, readError) = await intruder.SendAsync(HttpMethod.Get, $"/v3/directline/conversations/{theirs.ConversationId}/activities");
        var (postStatus, _) = await intruder.SendAsync(HttpMethod.Post, $"/v3/directline/conversations/{theirs.ConversationId}/activities", new { type = "message", text = "hi" });

        Assert.Equal(HttpStatusCode.Forbidden, readStatus);
        Assert.Equal(HttpStatusCode.Forbidden, postStatus);
        Assert.Equal(DirectLineErrorCodes.Forbidden, (string?)readError!["error"]!["code"]);
        Assert.Equal(logged, (await theirs.ReadAllAsync()).Count);
    }

    [Theory]
    [InlineData("{\"type\":", HttpStatusCode.BadRequest, DirectLineErrorCodes.BadSyntax)]
    [InlineData("{\"text\":\"no type\"}", HttpStatusCode.BadRequest, DirectLineErrorCodes.MissingProperty)]
    [InlineData("{\"type\":\"message\",\"channelData\":{\"tenant\":[[[[\"x\"]]]]},\"attachments\":{}}", HttpStatusCode.BadRequest, DirectLineErrorCodes.BadSyntax)]
    public async Task MalformedActivitiesGetADirectLineErrorNotA500(string body, HttpStatusCode status, string code)
    {
        using var http = app.CreateHttpClient();
        var chat = await WebChatSession.StartAsync(http);

        var (actual, error) = await chat.SendAsync(HttpMethod.Post, $"/v3/directline/conversations/{chat.ConversationId}/activities", rawBody: body);

        Assert.Equal(status, actual);
        Assert.Equal(code, (string?)error!["error"]!["code"]);
    }

    [Fact]
    public async Task AMessageOverTheSizeLimitIsRefused()
    {
        using var http = app.CreateHttpClient();
        var chat = await WebChatSession.StartAsync(http);

        var (status, error) = await chat.SendAsync(
            HttpMethod.Post, $"/v3/directline/conversations/{chat.ConversationId}/activities", new { type = "message", text = new string('x', 300 * 1024) });

        Assert.Equal(HttpStatusCode.RequestEntityTooLarge, status);
        Assert.Equal(DirectLineErrorCodes.MessageSizeTooBig, (string?)error!["error"]!["code"]);
    }
}
