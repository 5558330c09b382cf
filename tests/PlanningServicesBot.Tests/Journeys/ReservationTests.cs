using System.Text.Json.Nodes;
using PlanningServicesBot.Data.Demo;
using PlanningServicesBot.Domain.Partners;
using PlanningServicesBot.Domain.Vouchers;
using PlanningServicesBot.Tests.Support;

namespace PlanningServicesBot.Tests.Journeys;

/// <summary>Reserving a voucher in chat, through /api/messages on the demo date (Monday, 3 May 2021).</summary>
public sealed class ReservationTests(ReservationApp fixture) : IClassFixture<ReservationApp>
{
    private static readonly DemoVoucher ReadyToReserve = DemoVouchers.ReadyToReserve;

    [Fact]
    public async Task AGlobalAdminReservesAVoucherStepByStepAndGetsTheReservedCard()
    {
        var chat = fixture.Chat(ReservationApp.GlobalAdmin, timeZone: "Europe/Berlin");

        Assert.Contains("voucher administrator", (await chat.SayAsync($"reserve voucher {ReadyToReserve.Number}")).Readable());

        var engagementReplies = await chat.SayAsync(ReadyToReserve.AdminEmail);
        var engagement = engagementReplies.LastCard();
        Assert.Equal(["windows-office-deployment", "mobile-productivity", "modern-it-security-poc"], engagement.ChoiceValues("engagement"));
        Assert.Contains("Contoso Logistik GmbH, Germany", engagementReplies.Readable());

        var location = (await chat.SubmitAsync(engagement.Filled(new { engagement = "windows-office-deployment" }))).LastCard();
        Assert.Equal(["4711001-DE", "4711001-AT", "4711001-CH"], location.ChoiceValues("location"));
        Assert.Equal("DE", (string?)location.Inputs()["country"]["value"]);
        Assert.Equal("4711001-DE", (string?)location.Inputs()["location"]["value"]);

        var consultantReplies = await chat.SubmitAsync(location.Filled(new { location = "4711001-DE", country = "DE" }));
        var consultant = consultantReplies.LastCard();
        Assert.Equal(["FAB-C1", "FAB-C2"], consultant.ChoiceValues("consultant"));
        Assert.Contains("Lena Vogel (FAB-C1) · ✓ passed MD-101", consultantReplies.Readable());

        var dates = (await chat.SubmitAsync(consultant.Filled(new { consultant = "FAB-C1" }))).LastCard();
        Assert.Equal(("2021-05-03", "2021-10-16"), ((string?)dates.Inputs()["start"]["min"], (string?)dates.Inputs()["end"]["max"]));
        Assert.DoesNotContain("remote", dates.Inputs().Keys);

        var confirmReplies = await chat.SubmitAsync(dates.Filled(new { start = "2021-06-07", end = "2021-06-11" }));
        var confirm = confirmReplies.LastCard();
        var facts = confirmReplies.Readable();
        foreach (var fact in new[]
        {
            $"Reserve voucher {ReadyToReserve.Number}?", "Contoso Logistik GmbH, Germany", "Desktop Deployment Planning Services (DDPS)", "5 days",
            "Windows and Office Deployment Planning", "4711001-DE (Germany)", "Lena Vogel (FAB-C1)", "Monday, 7 June 2021", "Friday, 11 June 2021",
            "Reserve by", "Deliver and report by", "Redeem by", "Sunday, 17 October 2021 01:59 · 166 days left", "Europe/Berlin",
        })
        {
            Assert.Contains(fact, facts);
        }

        var confirmData = confirm.SubmitData("Reserve it");
        Assert.Equal(("Reserve", "confirm", "1"), ((string?)confirmData["action"], (string?)confirmData["decision"], (string?)confirmData["voucherVersion"]));
        Assert.NotNull((string?)confirmData["opId"]);
        Assert.Equal(VoucherState.Assigned, (await fixture.VoucherAsync(ReadyToReserve.Number)).State);

        var reserved = await chat.SubmitAsync(confirmData);

        Assert.Contains($"✓ Voucher {ReadyToReserve.Number} is reserved", reserved.Readable());
        Assert.Contains("Reserved for Fabrikam Consulting GmbH on Monday, 3 May 2021", reserved.Readable());
        var voucher = await fixture.VoucherAsync(ReadyToReserve.Number);
        Assert.Equal(VoucherState.Reserved, voucher.State);
        Assert.Equal(
            new Reservation(DemoIdentities.FabrikamMpnId, "windows-office-deployment", "4711001-DE", "FAB-C1", "DE",
                new(2021, 6, 7), new(2021, 6, 11), RemoteDelivery: false, ReservedOn: new(2021, 5, 3)),
            voucher.Reservation);
    }

    public static TheoryData<string, string, string, string> VouchersThatCannotBeReserved => new()
    {
        { "GlobalAdmin", ReservationApp.Voucher(1), "someone@else.example", "I couldn't find that voucher with that voucher administrator e-mail." },
        { "GlobalAdmin", "ZZZZ-ZZZZ-ZZZZ", ReservationApp.AdminEmail, "I couldn't find that voucher with that voucher administrator e-mail." },
        { "GlobalAdmin", DemoVouchers.Expired.Number, DemoVouchers.Expired.AdminEmail, "This voucher expired at the end of Saturday, 3 April 2021 (set by the voucher's 180-day life)." },
        { "GlobalAdmin", DemoVouchers.ReadyForCompletionReport.Number, DemoVouchers.ReadyForCompletionReport.AdminEmail, "This voucher is reserved; this needs it to be assigned." },
        { "GlobalAdmin", DemoVouchers.ReservedAbroad.Number, DemoVouchers.ReservedAbroad.AdminEmail, "This voucher is reserved; this needs it to be assigned." },
        { "Consultant", ReservationApp.Voucher(1), ReservationApp.AdminEmail, "Only a Global admin or an MPN partner admin can do this, and you are a consultant." },
    };

    [Theory]
    [MemberData(nameof(VouchersThatCannotBeReserved))]
    public async Task AVoucherThatCannotBeReservedIsRefusedWithTheDomainsReasonRightAfterTheEmail(string role, string number, string email, string reason)
    {
        var chat = fixture.Chat(DemoIdentities.For(DemoIdentities.FabrikamMpnId, Enum.Parse<PartnerRole>(role)));
        await chat.SayAsync("reserve a voucher");
        await chat.SayAsync(number);

        var replies = await chat.SayAsync(email);

        Assert.Contains($"Voucher {number} can't be reserved:", replies.Readable());
        Assert.Contains(reason, replies.Readable());
        Assert.All(replies, reply => Assert.Null(reply.Card()));
    }

    public static TheoryData<string, string, string, string[]> VouchersNoEngagementQualifiesFor => new()
    {
        {
            DemoIdentities.ProsewareMpnId, ReservationApp.Voucher(2), "None of the DDPS engagements can be reserved with this 5-day voucher by your company:",
            [
                "- Windows and Office Deployment Planning: Your company is not enrolled in Desktop Deployment Planning Services (DDPS) for 2021. This engagement needs one of these competencies: Silver Windows and Devices.",
                "- Mobile Productivity Deployment Planning: Your company is not enrolled in Desktop Deployment Planning Services (DDPS) for 2021. This engagement needs one of these competencies: Silver Enterprise Mobility Management or Silver Windows and Devices.",
                "- Modern IT Enterprise Security Proof of Concept: Your company is not enrolled in Desktop Deployment Planning Services (DDPS) for 2021.",
            ]
        },
        {
            DemoIdentities.FabrikamMpnId, ReservationApp.OneDaySqlVoucher, "None of the SSDPS engagements can be reserved with this 1-day voucher by your company:",
            ["- Data Estate Modernization: This voucher is for 1 days, and this engagement can only run for 3 or 5 or 10 or 15 days."]
        },
    };

    [Theory]
    [MemberData(nameof(VouchersNoEngagementQualifiesFor))]
    public async Task WhenNoEngagementQualifiesEachIsListedWithItsShortfalls(string mpnId, string number, string introduction, string[] lines)
    {
        var chat = fixture.Chat(DemoIdentities.For(mpnId, PartnerRole.GlobalAdmin));
        await chat.SayAsync($"reserve {number}");

        var replies = await chat.SayAsync(ReservationApp.AdminEmail);

        var text = replies.Readable();
        Assert.Contains(introduction, text);
        Assert.All(lines, line => Assert.Contains(line, text));
        Assert.All(replies, reply => Assert.Null(reply.Card()));
    }

    public static TheoryData<string, string, object, string> AnswersTheDomainRefuses => new()
    {
        { "engagement", "engagement", new { engagement = "sharepoint-deployment" }, "SharePoint Deployment Planning belongs to SharePoint Deployment Planning Services (SDPS), but this voucher is for Desktop Deployment Planning Services (DDPS)." },
        { "engagement", "engagement", new { engagement = "office-365-planning" }, "was retired on" },
        { "location", "location", new { location = "4711001-AT", country = "DE" }, "Location 4711001-AT is in Austria, but the engagement is delivered in Germany. Use a location in the delivery country." },
        { "location", "location", new { location = "4711002-GB", country = "GB" }, "Location 4711002-GB is not one of your company's locations." },
        { "consultant", "consultant", new { consultant = "FAB-C3" }, "Consultant FAB-C3 has not passed any of the qualifying exams (MD-100 or MD-101)." },
        { "consultant", "consultant", new { consultant = "NWA-C1" }, "Consultant NWA-C1 is not one of your company's consultants." },
        { "dates", "start", new { start = "2021-05-02", end = "2021-05-07" }, "These dates don't work: the start date has already passed (Sunday, 2 May 2021 to Friday, 7 May 2021)." },
        { "dates", "end", new { start = "2021-06-11", end = "2021-06-07" }, "These dates don't work: the end date is before the start date (Friday, 11 June 2021 to Monday, 7 June 2021)." },
        { "dates", "end", new { start = "2021-09-27", end = "2021-10-01" }, "The engagement must end by Tuesday, 28 September 2021, the last day under the voucher's 180-day life." },
        { "dates", "end", new { start = "2021-06-07", end = "next friday" }, "Choose a date from the calendar." },
        { "dates", "remote", new { start = "2021-06-07", end = "2021-06-11", remote = "true" }, "Fully remote delivery was only allowed through Tuesday, 30 June 2020." },
    };

    [Theory]
    [MemberData(nameof(AnswersTheDomainRefuses))]
    public async Task AnAnswerTheDomainRefusesComesBackOnTheSameCardUnderItsInput(string step, string input, object answer, string reason)
    {
        var chat = fixture.Chat(ReservationApp.GlobalAdmin);
        var card = await WalkToAsync(chat, ReservationApp.Voucher(3), step);

        var resent = (await chat.SubmitAsync(card.Filled(answer))).LastCard();

        Assert.Equal(card.SubmitData()["opId"]!.ToJsonString(), resent.SubmitData()["opId"]!.ToJsonString());
        Assert.Contains(reason, resent.ErrorShownFor(input));
        Assert.Equal(VoucherState.Assigned, (await fixture.VoucherAsync(ReservationApp.Voucher(3))).State);
    }

    [Fact]
    public async Task ACardLeftEmptyIsSentBackWithWhatIsMissing()
    {
        var chat = fixture.Chat(ReservationApp.GlobalAdmin);
        var dates = await WalkToAsync(chat, ReservationApp.Voucher(3), "dates");

        var resent = (await chat.SubmitAsync(dates.SubmitData())).LastCard();

        Assert.Equal("Choose the planned start date.", (string?)resent.Inputs()["start"]["errorMessage"]);
        Assert.Equal("Choose the planned end date.", (string?)resent.Inputs()["end"]["errorMessage"]);
    }

    [Fact]
    public async Task AButtonOfAnEarlierCardIsNotTakenForTheCurrentQuestion()
    {
        var chat = fixture.Chat(ReservationApp.GlobalAdmin);
        var engagement = await WalkToAsync(chat, ReservationApp.Voucher(3), "engagement");
        await chat.SubmitAsync(engagement.Filled(new { engagement = "windows-office-deployment" }));

        var replies = await chat.SubmitAsync(engagement.Filled(new { engagement = "mobile-productivity" }));

        Assert.Contains("That button was on an earlier card. Please answer this one.", replies.Readable());
        Assert.Contains("location", replies.LastCard().Inputs().Keys);
    }

    [Fact]
    public async Task HelpInTheMiddleShowsHelpAndSendsTheCurrentCardAgain()
    {
        var chat = fixture.Chat(ReservationApp.GlobalAdmin);
        var location = await WalkToAsync(chat, ReservationApp.Voucher(3), "location");

        var replies = await chat.SayAsync("help");

        Assert.Contains("show this help", replies.Readable());
        Assert.Equal(location.SubmitData()["opId"]!.ToJsonString(), replies.LastCard().SubmitData()["opId"]!.ToJsonString());
        var consultant = (await chat.SubmitAsync(location.Filled(new { location = "4711001-DE", country = "DE" }))).LastCard();
        Assert.Contains("consultant", consultant.Inputs().Keys);
    }

    [Fact]
    public async Task AnotherJourneysButtonInTheMiddleRunsThatJourneyThenReturnsToTheCurrentCard()
    {
        var chat = fixture.Chat(ReservationApp.GlobalAdmin);
        var engagement = await WalkToAsync(chat, ReservationApp.Voucher(3), "engagement");

        var picker = (await chat.SubmitAsync(new { action = "CancelReservation" })).LastCard();
        Assert.Contains(DemoVouchers.CovidExtended.Number, picker.ChoiceValues("vouchers"));
        var replies = await chat.SubmitAsync(picker.Filled(new { vouchers = DemoVouchers.CovidExtended.Number }));

        Assert.Contains($"Cancel the reservation of voucher {DemoVouchers.CovidExtended.Number}?", replies.Readable());
        Assert.Equal(engagement.SubmitData()["opId"]!.ToJsonString(), replies.LastCard().SubmitData()["opId"]!.ToJsonString());
        var location = (await chat.SubmitAsync(engagement.Filled(new { engagement = "mobile-productivity" }))).LastCard();
        Assert.Contains("location", location.Inputs().Keys);
        Assert.Equal(VoucherState.Reserved, (await fixture.VoucherAsync(DemoVouchers.CovidExtended.Number)).State);
    }

    [Fact]
    public async Task ConfirmingTwiceReservesOnceAndTheSecondClickIsToldItWasAlreadyDone()
    {
        var number = ReservationApp.Voucher(4);
        var chat = fixture.Chat(ReservationApp.GlobalAdmin);
        var confirm = (await WalkToAsync(chat, number, "confirm")).SubmitData("Reserve it");

        var first = await chat.SubmitAsync(confirm);
        var afterFirst = await fixture.VoucherAsync(number);
        var second = await chat.SubmitAsync(confirm);

        Assert.DoesNotContain("already done", first.Readable());
        Assert.Contains("That was already done; here is the result again.", second.Readable());
        Assert.Equal(first.LastCard().WithoutOperationIds(), second.LastCard().WithoutOperationIds());
        Assert.Equal(afterFirst, await fixture.VoucherAsync(number));
        Assert.Equal(2, afterFirst.Version);
    }

    [Fact]
    public async Task AConfirmationCardDrawnBeforeTheVoucherChangedIsRefusedWithWhereItStandsNow()
    {
        var number = ReservationApp.Voucher(5);
        var chat = fixture.Chat(ReservationApp.GlobalAdmin);
        var confirm = (await WalkToAsync(chat, number, "confirm")).SubmitData("Reserve it");
        await fixture.ReserveAsync(number);
        await fixture.CancelReservationAsync(number);

        var replies = await chat.SubmitAsync(confirm);

        Assert.Contains("This card is out of date", replies.Readable());
        Assert.Contains($"Voucher {number} is now: Assigned, waiting for a partner to reserve it.", replies.Readable());
        var voucher = await fixture.VoucherAsync(number);
        Assert.Equal((VoucherState.Assigned, 3L), (voucher.State, voucher.Version));
    }

    [Fact]
    public async Task AStaleConfirmationForAVoucherTheCompanyReservedMeanwhileShowsThatReservation()
    {
        var number = ReservationApp.Voucher(6);
        var chat = fixture.Chat(ReservationApp.GlobalAdmin);
        var confirm = (await WalkToAsync(chat, number, "confirm")).SubmitData("Reserve it");
        await fixture.ReserveAsync(number);

        var replies = await chat.SubmitAsync(confirm);

        Assert.Contains("This card is out of date", replies.Readable());
        Assert.Contains($"✓ Voucher {number} is reserved", replies.Readable());
        Assert.Contains("Tobias Krueger (FAB-C2)", replies.Readable());
        Assert.Equal("FAB-C2", (await fixture.VoucherAsync(number)).Reservation!.ConsultantId);
    }

    [Fact]
    public async Task DecliningTheConfirmationChangesNothing()
    {
        var number = ReservationApp.Voucher(7);
        var chat = fixture.Chat(ReservationApp.GlobalAdmin);
        var confirm = await WalkToAsync(chat, number, "confirm");

        var replies = await chat.SubmitAsync(confirm.SubmitData("Don't reserve"));

        Assert.Contains($"OK, voucher {number} was not reserved. Nothing changed.", replies.Readable());
        Assert.Equal((VoucherState.Assigned, 1L), ((await fixture.VoucherAsync(number)).State, (await fixture.VoucherAsync(number)).Version));
    }

    [Fact]
    public async Task AConfirmationWhoseFactsDoNotHoldIsRefusedWithEveryReason()
    {
        var number = ReservationApp.Voucher(8);
        var chat = fixture.Chat(ReservationApp.GlobalAdmin);
        var confirm = (await WalkToAsync(chat, number, "confirm")).SubmitData("Reserve it");
        confirm["location"] = "4711001-CH";
        confirm["consultant"] = "FAB-C3";

        var text = (await chat.SubmitAsync(confirm)).Readable();

        Assert.Contains($"Voucher {number} was not reserved, for these reasons:", text);
        Assert.Contains("- Consultant FAB-C3 has not passed any of the qualifying exams (MD-100 or MD-101).", text);
        Assert.Contains("- Location 4711001-CH is in Switzerland, but the engagement is delivered in Germany.", text);
        Assert.Equal(VoucherState.Assigned, (await fixture.VoucherAsync(number)).State);
    }

    [Fact]
    public async Task AnMpnPartnerAdminMayReserveToo()
    {
        var number = ReservationApp.Voucher(9);
        var chat = fixture.Chat(ReservationApp.MpnAdmin);

        var replies = await chat.SubmitAsync((await WalkToAsync(chat, number, "confirm")).SubmitData("Reserve it"));

        Assert.Contains($"✓ Voucher {number} is reserved", replies.Readable());
        Assert.Equal(VoucherState.Reserved, (await fixture.VoucherAsync(number)).State);
    }

    [Fact]
    public async Task TheMenuOffersReservingAndCancellingToAdminsOnly()
    {
        var admin = (await fixture.Chat(ReservationApp.GlobalAdmin).SayAsync("menu")).Readable();
        var consultant = (await fixture.Chat(ReservationApp.Consultant).SayAsync("menu")).Readable();

        Assert.Contains("Reserve a voucher", admin);
        Assert.Contains("Cancel a reservation", admin);
        Assert.DoesNotContain("Reserve a voucher", consultant);
        Assert.DoesNotContain("Cancel a reservation", consultant);
    }

    [Fact]
    public async Task ACustomerAskingToReserveIsToldItIsForPartners()
    {
        var replies = await new BotConversation(fixture.App.CreateClient(), userId: "customer-rsv").SayAsync("reserve a voucher");

        Assert.Contains("This is for partner users.", replies.Readable());
    }

    /// <summary>Goes through the journey with valid answers (Windows and Office deployment in Germany, led by Lena Vogel, 7–11 June) up to the card of <paramref name="step"/>.</summary>
    private static async Task<JsonObject> WalkToAsync(BotConversation chat, string number, string step)
    {
        string[] steps = ["engagement", "location", "consultant", "dates", "confirm"];
        object[] answers =
        [
            new { engagement = "windows-office-deployment" },
            new { location = "4711001-DE", country = "DE" },
            new { consultant = "FAB-C1" },
            new { start = "2021-06-07", end = "2021-06-11" },
        ];
        await chat.SayAsync($"reserve {number}");
        var card = (await chat.SayAsync(ReservationApp.AdminEmail)).LastCard();
        for (var index = 0; steps[index] != step; index++)
        {
            card = (await chat.SubmitAsync(card.Filled(answers[index]))).LastCard();
        }

        return card;
    }
}
