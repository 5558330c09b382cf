using System.Text.Json.Nodes;
using BotRuntime.Schema;
using PlanningServicesBot.Data.Demo;
using PlanningServicesBot.Data.Support;
using PlanningServicesBot.Domain.Operations;
using PlanningServicesBot.Domain.Partners;
using PlanningServicesBot.Tests.Support;

namespace PlanningServicesBot.Tests.Journeys;

/// <summary>
/// Contact support: EMEA partners are pointed to the EMEA voucher support mailbox, everyone else to a Partner Center
/// service request, and the request is recorded once, with the conversation's last turns, for support staff.
/// </summary>
public sealed class ContactSupportTests(ProgramJourneysApp host) : IClassFixture<ProgramJourneysApp>
{
    private const string EmeaMailbox = "savoucher@msdirectservices.com";
    private const string ServiceRequests = "https://partner.microsoft.com/dashboard/support/servicerequests";
    private const string Question = "Our customer wants to know whether the days come back if the reservation is cancelled.";
    private static readonly DemoUser FabrikamAdmin = ProgramJourneysApp.User(DemoIdentities.FabrikamMpnId);

    [Theory]
    [InlineData("Fabrikam (EMEA) global admin", DemoIdentities.FabrikamMpnId, PartnerRole.GlobalAdmin, true)]
    [InlineData("Northwind (EMEA) consultant", DemoIdentities.NorthwindMpnId, PartnerRole.Consultant, true)]
    [InlineData("Tailspin (Americas) MPN partner admin", DemoIdentities.TailspinMpnId, PartnerRole.MpnPartnerAdmin, false)]
    [InlineData("Litware (Asia Pacific) global admin", DemoIdentities.LitwareMpnId, PartnerRole.GlobalAdmin, false)]
    public async Task EmeaPartnersArePointedToTheEmeaMailboxAndOthersToAServiceRequest(string who, string mpnId, PartnerRole role, bool emea)
    {
        var card = await ContactCardAsync(host.Chat(ProgramJourneysApp.User(mpnId, role)));

        Assert.True(card is not null, who);
        AssertRoutedTo(card, emea);
    }

    [Fact]
    public async Task CustomersArePointedToAServiceRequest()
    {
        var card = await ContactCardAsync(host.CustomerChat());

        AssertRoutedTo(card, emea: false);
        Assert.False(card.Facts().ContainsKey("Company"));
    }

    [Fact]
    public async Task TheRequestIsRecordedWithWhoAskedTheVoucherTheQuestionAndTheLastTurns()
    {
        var chat = host.Chat(FabrikamAdmin);
        await chat.SayAsync("timeline");
        Assert.Contains("What is your question?", (await chat.SayAsync($"I need support with voucher {DemoVouchers.ReadyToRedeem.Number}")).Readable());
        var contact = (await chat.SayAsync(Question)).FinalCard();
        Assert.Equal(DemoVouchers.ReadyToRedeem.Number, contact.Facts()["Voucher"]);
        Assert.Equal("Fabrikam Consulting GmbH", contact.Facts()["Company"]);
        var send = contact.ButtonData("Record my request");

        var recorded = (await chat.SubmitAsync(send)).FinalCard();

        var stored = await host.SupportRequests.FindByOperationKeyAsync(new OperationKey((string)send["opId"]!), CancellationToken.None);
        Assert.NotNull(stored);
        Assert.Equal($"Support request {stored.Reference} recorded", recorded.Texts().First());
        Assert.Equal(stored.Reference, recorded.Facts()["Reference"]);
        Assert.Equal("Monday, 3 May 2021 09:00", recorded.Facts()["Recorded"]);
        var request = stored.Request;
        Assert.Equal(new SupportRequester("msteams", chat.ConversationId, "29:" + FabrikamAdmin.AadObjectId, "Anna Becker", DemoIdentities.FabrikamMpnId, FabrikamAdmin.AadObjectId), request.Requester);
        Assert.Equal(DemoVouchers.ReadyToRedeem.Number, request.Voucher?.Value);
        Assert.Equal(Question, request.Question);
        Assert.Equal(EmeaMailbox, request.FollowUp);
        Assert.Equal(
            [
                (TranscriptSpeaker.User, "timeline"),
                (TranscriptSpeaker.Bot, "Planning Services assistant"),
                (TranscriptSpeaker.Bot, "Planning Services retirement timeline"),
                (TranscriptSpeaker.User, $"I need support with voucher {DemoVouchers.ReadyToRedeem.Number}"),
                (TranscriptSpeaker.Bot, "What is your question? Please describe it in one message."),
                (TranscriptSpeaker.User, Question),
                (TranscriptSpeaker.Bot, "Contact support"),
            ],
            request.RecentTurns.Take(7).Select(t => (t.Speaker, t.Text)));
        Assert.Equal(TranscriptSpeaker.User, request.RecentTurns[7].Speaker);
        Assert.StartsWith("action: ContactSupport, decision: send, voucher: ", request.RecentTurns[7].Text);
    }

    [Fact]
    public async Task PressingRecordTwiceRecordsOneRequestAndAnswersAlreadyDoneWithTheSameReference()
    {
        var chat = host.Chat(ProgramJourneysApp.User(DemoIdentities.TailspinMpnId));
        var send = (await ContactCardAsync(chat)).ButtonData("Record my request");

        var first = await chat.SubmitAsync(send);
        var second = await chat.SubmitAsync(send);

        Assert.DoesNotContain("already done", first.Readable());
        Assert.Contains("That was already done; here is the result again.", second.Readable());
        Assert.Equal(first.FinalCard().Facts()["Reference"], second.FinalCard().Facts()["Reference"]);
        var recordedHere = (await host.SupportRequests.ListNewestAsync(100, CancellationToken.None))
            .Where(r => r.Request.Requester.ConversationId == chat.ConversationId);
        Assert.Single(recordedHere);
    }

    [Fact]
    public async Task TheRecordedCardSaysWhereToFollowUpWithTheReference()
    {
        var chat = host.Chat(ProgramJourneysApp.User(DemoIdentities.NorthwindMpnId));
        var recorded = (await chat.SubmitAsync((await ContactCardAsync(chat)).ButtonData("Record my request"))).FinalCard();

        var reference = recorded.Facts()["Reference"];
        Assert.Matches("^SR-[0-9]{6}$", reference);
        Assert.Contains($"Our support staff will pick it up from here. Quote {reference} whenever you follow up.", recorded.Texts());
        Assert.Equal(EmeaMailbox, recorded.Facts()["Follow up at"]);
        Assert.Equal($"mailto:{EmeaMailbox}?subject=Planning%20Services%20support%20request%20{reference}", recorded.OpenUrl());
    }

    [Fact]
    public async Task NoVoucherIsRecordedWhenTheUserSaysNoneAfterAMalformedNumber()
    {
        var chat = host.CustomerChat();
        Assert.Contains("Which voucher is it about?", (await chat.SayAsync("contact support")).Readable());
        Assert.Contains("three groups of four", (await chat.SayAsync("12345")).Readable());
        await chat.SayAsync("none");
        var contact = (await chat.SayAsync(Question)).FinalCard();
        Assert.Equal("none", contact.Facts()["Voucher"]);

        var send = contact.ButtonData("Record my request");
        await chat.SubmitAsync(send);

        var stored = await host.SupportRequests.FindByOperationKeyAsync(new OperationKey((string)send["opId"]!), CancellationToken.None);
        Assert.NotNull(stored);
        Assert.Null(stored.Request.Voucher);
        Assert.Null(stored.Request.Requester.MpnId);
        Assert.Equal(ServiceRequests, stored.Request.FollowUp);
    }

    [Fact]
    public async Task DontRecordItRecordsNothingAndStillSaysWhereToGo()
    {
        var chat = host.Chat(FabrikamAdmin);
        var contact = await ContactCardAsync(chat);

        var replies = await chat.SubmitAsync(contact.ButtonData("Don't record it"));

        Assert.Contains("I haven't recorded anything.", replies.Readable());
        Assert.Contains(EmeaMailbox, replies.Readable());
        Assert.Null(await host.SupportRequests.FindByOperationKeyAsync(new OperationKey((string)contact.ButtonData("Don't record it")["opId"]!), CancellationToken.None));
    }

    [Fact]
    public async Task OnlyTheLastTenMessagesAreKept()
    {
        var chat = host.Chat(FabrikamAdmin);
        for (var i = 1; i <= 4; i++)
        {
            await chat.SayAsync($"timeline please, {i}");
        }

        var send = (await ContactCardAsync(chat)).ButtonData("Record my request");
        await chat.SubmitAsync(send);

        var turns = (await host.SupportRequests.FindByOperationKeyAsync(new OperationKey((string)send["opId"]!), CancellationToken.None))!.Request.RecentTurns;
        Assert.Equal(10, turns.Count);
        Assert.Equal((TranscriptSpeaker.User, "timeline please, 4"), (turns[1].Speaker, turns[1].Text));
        Assert.DoesNotContain(turns, t => t.Text == "timeline please, 3");
        Assert.Equal(TranscriptSpeaker.User, turns[^1].Speaker);
    }

    [Fact]
    public async Task HelpWhileAskedForTheQuestionShowsHelpAndAsksAgain()
    {
        var chat = host.Chat(FabrikamAdmin);
        await chat.SayAsync("contact support");
        await chat.SayAsync("none");

        var replies = await chat.SayAsync("help");

        Assert.Contains("start over", replies.Readable());
        Assert.Equal("What is your question? Please describe it in one message.", replies.Last().Text);
        Assert.Equal(Question, (await chat.SayAsync(Question)).FinalCard().Facts()["Your question"]);
    }

    [Fact]
    public async Task AnotherJourneysButtonWhileAskedForTheVoucherRunsItAndThenAsksAgain()
    {
        var chat = host.Chat(FabrikamAdmin);
        await chat.SayAsync("contact support");

        var replies = await chat.SubmitAsync(new { action = "ProgramTimeline", opId = "t-9" });

        Assert.Contains("Planning Services retirement timeline", replies.Readable());
        Assert.Contains("Which voucher is it about?", replies.Last().Text);
        Assert.Contains("What is your question?", (await chat.SayAsync(DemoVouchers.ReadyToRedeem.Number)).Readable());
    }

    [Fact]
    public async Task SupportStaffAreNotOfferedItAndAreToldTheyWorkFromTheRequests()
    {
        var chat = host.StaffChat();

        var welcome = await chat.StartAsync();
        var replies = await chat.SayAsync("contact support");

        Assert.DoesNotContain("Contact support", welcome.Readable());
        Assert.Contains("You are on the support team", replies.Readable());
    }

    [Fact]
    public async Task TheAddressesComeFromConfiguration()
    {
        using var configured = ProgramJourneysApp.With(new Dictionary<string, string?>
        {
            ["Support:EmeaMailbox"] = "voucher-help@contoso.example",
            ["Support:ServiceRequestUrl"] = "https://support.contoso.example/requests",
        });

        var emea = await ContactCardAsync(configured.Chat(FabrikamAdmin));
        var americas = await ContactCardAsync(configured.Chat(ProgramJourneysApp.User(DemoIdentities.TailspinMpnId)));

        Assert.Contains("voucher-help@contoso.example", emea.Texts().ElementAt(1));
        Assert.Equal("https://support.contoso.example/requests", americas.OpenUrl());
    }

    [Theory]
    [InlineData("Support:EmeaMailbox", "not a mailbox")]
    [InlineData("Support:ServiceRequestUrl", "http://partner.microsoft.com/support")]
    public void InvalidAddressesStopTheBotAtStart(string setting, string value)
    {
        var failure = Assert.ThrowsAny<Exception>(() => ProgramJourneysApp.With(new Dictionary<string, string?> { [setting] = value }));

        Assert.Contains("Support settings are invalid", failure.ToString());
    }

    /// <summary>Asks for support with no voucher and <see cref="Question"/>, and returns the contact card.</summary>
    private static async Task<JsonObject> ContactCardAsync(BotConversation chat)
    {
        Assert.Contains("Which voucher is it about?", (await chat.SayAsync("contact support")).Readable());
        Assert.Contains("What is your question?", (await chat.SayAsync("none")).Readable());
        return (await chat.SayAsync(Question)).FinalCard();
    }

    private static void AssertRoutedTo(JsonObject card, bool emea)
    {
        var texts = card.Texts().ToList();
        Assert.Equal("Contact support", texts[0]);
        if (emea)
        {
            Assert.Equal($"Partner Support for EMEA answers Planning Services voucher questions by e-mail at {EmeaMailbox}.", texts[1]);
            Assert.StartsWith($"mailto:{EmeaMailbox}?subject=", card.OpenUrl());
        }
        else
        {
            Assert.Equal($"Partner Support answers Planning Services voucher questions through a Partner Center service request: {ServiceRequests}", texts[1]);
            Assert.Equal(ServiceRequests, card.OpenUrl());
        }

        Assert.Equal(Question, card.Facts()["Your question"]);
    }

}
