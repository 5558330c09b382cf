using System.Text.Json.Nodes;
using BotRuntime.Schema;
using PlanningServicesBot.Data.Demo;
using PlanningServicesBot.Domain.Partners;
using PlanningServicesBot.Tests.Support;

namespace PlanningServicesBot.Tests.Journeys;

/// <summary>
/// The eligibility check, on the demo partners as they stand on the demo date (3 May 2021): each one's weakness shows
/// as the requirement it fails, in words, with what to do about it.
/// </summary>
public sealed class EligibilityTests(ProgramJourneysApp host) : IClassFixture<ProgramJourneysApp>
{
    private static readonly DemoUser FabrikamAdmin = ProgramJourneysApp.User(DemoIdentities.FabrikamMpnId);

    private static readonly Dictionary<string, EligibilityCase> ExpectedResults = new()
    {
        ["Fabrikam meets every requirement for Windows and Office Deployment Planning in Germany"] = new(
            FabrikamAdmin, "DDPS", "windows-office-deployment", "FAB-C1", "DE",
            "✓ Eligible: every requirement checked is met.",
            [
                Met("Enrollment in DDPS for 2021", "Your company is enrolled for 2021."),
                Met("Program agreement signed", "Signed on Monday, 11 January 2021."),
                Met("Qualifying competency at the level needed, still valid", "Gold Windows and Devices, valid until Sunday, 27 February 2022."),
                Met("The consultant's qualifying exam", "Lena Vogel passed MD-101."),
                Met("A location in the delivery country", "Location 4711001-DE in Germany."),
            ]),
        ["Northwind's Messaging competency lapsed five weeks ago"] = new(
            ProgramJourneysApp.User(DemoIdentities.NorthwindMpnId, PartnerRole.Consultant), "S-EDPS", "exchange-deployment", "NWA-C1", "GB",
            "✗ Not eligible yet: 1 of 5 requirements is not met.",
            [
                Met("Enrollment in S-EDPS for 2021", "Your company is enrolled for 2021."),
                Met("Program agreement signed", "Signed on Monday, 11 January 2021."),
                Unmet("Qualifying competency at the level needed, still valid",
                    "Your Silver Messaging competency lapsed on Wednesday, 31 March 2021. Renew it to deliver this engagement.",
                    "Renew the competency in Partner Center"),
                Met("The consultant's qualifying exam", "Harry Walsh passed MS-203."),
                Met("A location in the delivery country", "Location 4711002-GB in United Kingdom."),
            ]),
        ["Woodgrove holds Silver where Gold is needed and has not signed this year's agreement"] = new(
            ProgramJourneysApp.User(DemoIdentities.WoodgroveMpnId, PartnerRole.MpnPartnerAdmin), "DYDPS", "dynamics-fo-upgrade", "WGD-C2", "BR",
            "✗ Not eligible yet: 2 of 5 requirements are not met.",
            [
                Met("Enrollment in DYDPS for 2021", "Your company is enrolled for 2021."),
                Unmet("Program agreement signed",
                    "Your company has not signed the program agreement for Dynamics Deployment Planning Services (DYDPS) for 2021. A Global admin can sign it in Partner Center.",
                    "Ask your Global admin to sign the program agreement"),
                Unmet("Qualifying competency at the level needed, still valid",
                    "This engagement needs one of these competencies: Gold Enterprise Resource Planning.",
                    "Attain one of the qualifying competencies at the level shown"),
                Met("The consultant's qualifying exam", "Camila Rocha passed MB-310."),
                Met("A location in the delivery country", "Location 4711004-BR in Brazil."),
            ]),
        ["Tailspin's SDPS enrollment is from last year"] = new(
            ProgramJourneysApp.User(DemoIdentities.TailspinMpnId), "SDPS", "sharepoint-deployment", "TSI-C2", "US",
            "✗ Not eligible yet: 1 of 4 requirements is not met.",
            [
                Unmet("Enrollment in SDPS for 2021",
                    "Your company is not enrolled in SharePoint Deployment Planning Services (SDPS) for 2021.",
                    "re-enroll for this year"),
                Met("Qualifying competency at the level needed, still valid", "Silver Collaboration and Content, valid until Friday, 2 July 2021."),
                Met("The consultant's qualifying exam", "Daniel Lee passed MS-300."),
                Met("A location in the delivery country", "Location 4711003-US in United States."),
            ]),
        ["Litware's consultant lacks the exams and Litware has no location in Germany"] = new(
            ProgramJourneysApp.User(DemoIdentities.LitwareMpnId), "PVDPS", "windows-server-modernization", "LWS-C2", "DE",
            "✗ Not eligible yet: 2 of 5 requirements are not met.",
            [
                Met("Enrollment in PVDPS for 2021", "Your company is enrolled for 2021."),
                Met("Program agreement signed", "Signed on Monday, 11 January 2021."),
                Met("Qualifying competency at the level needed, still valid", "Gold Datacenter, valid until Thursday, 9 December 2021."),
                Unmet("The consultant's qualifying exam",
                    "Consultant LWS-C2 has not passed any of the qualifying exams (70-740 or 70-741 or 70-742 or AZ-104).",
                    "Have the consultant pass one of the qualifying exams, or choose a consultant who has."),
                Unmet("A location in the delivery country",
                    "Your company has no location in Germany. An Account admin can add one in Partner Center.",
                    "Ask your Account admin to add an MPN location in the delivery country"),
            ]),
        ["Proseware never enrolled in DDPS nor holds its competency; consultant and country skipped"] = new(
            ProgramJourneysApp.User(DemoIdentities.ProsewareMpnId), "DDPS", "windows-office-deployment", null, null,
            "✗ Not eligible yet: 2 of 2 requirements are not met.",
            [
                Unmet("Enrollment in DDPS for 2021",
                    "Your company is not enrolled in Desktop Deployment Planning Services (DDPS) for 2021.",
                    "Ask your Global admin to enroll your company in the offering"),
                Unmet("Qualifying competency at the level needed, still valid",
                    "This engagement needs one of these competencies: Silver Windows and Devices.",
                    "Attain one of the qualifying competencies at the level shown"),
            ]),
    };

    public static TheoryData<string> Cases() => new(ExpectedResults.Keys);

    [Theory]
    [MemberData(nameof(Cases))]
    public async Task TheResultCardShowsEveryRequirementMetOrNotWithWhatToDo(string name)
    {
        var expected = ExpectedResults[name];

        var card = (await CheckAsync(host.Chat(expected.User), expected.Offering, expected.Engagement, expected.Consultant, expected.Country)).FinalCard();

        Assert.Contains(expected.Summary, card.Texts());
        var requirements = card.Requirements();
        Assert.Equal(expected.Requirements.Select(r => r.Heading), requirements.Select(r => r.Heading));
        Assert.Equal(expected.Requirements.Select(r => r.Detail), requirements.Select(r => r.Detail));
        foreach (var (want, got) in expected.Requirements.Zip(requirements))
        {
            Assert.StartsWith(want.NextStep.Length == 0 ? string.Empty : "What to do: ", got.NextStep);
            Assert.Contains(want.NextStep, got.NextStep);
        }
    }

    [Fact]
    public async Task ASkippedConsultantAndCountryAreSaidNotToBeChecked()
    {
        var card = (await CheckAsync(host.Chat(FabrikamAdmin), "SSDPS", "data-estate-modernization", null, null)).FinalCard();

        Assert.Equal("not checked", card.Facts()["Consultant"]);
        Assert.Equal("not checked", card.Facts()["Delivery country"]);
        Assert.Contains("No consultant was checked: choose one to check their exams too.", card.Texts());
        Assert.Contains("No location was checked: choose a delivery country to check it too.", card.Texts());
        Assert.DoesNotContain(card.Requirements(), r => r.Heading.Contains("consultant", StringComparison.OrdinalIgnoreCase));
    }

    [Fact]
    public async Task TheOfferingCardOffersTheSixOfferings()
    {
        var card = (await host.Chat(FabrikamAdmin).SayAsync("check eligibility")).FinalCard();

        var (field, choices) = card.Question();
        Assert.Equal("offering", field);
        Assert.Equal(["DDPS", "DYDPS", "PVDPS", "SDPS", "S-EDPS", "SSDPS"], choices.Select(c => c.Value));
        Assert.Contains(("SQL Server Deployment Planning Services (SSDPS)", "SSDPS"), choices);
    }

    [Fact]
    public async Task OnlyTheChosenOfferingsEngagementsAreOffered()
    {
        var chat = host.Chat(FabrikamAdmin);
        var offeringCard = (await chat.SayAsync("check eligibility")).FinalCard();

        var card = (await AnswerAsync(chat, offeringCard, "offering", "SDPS")).FinalCard();

        var (field, choices) = card.Question();
        Assert.Equal("engagement", field);
        Assert.Equal(
            [("SharePoint Deployment Planning", "sharepoint-deployment"), ("Project and Portfolio Management (PPM) Solution Planning", "ppm-solution")],
            choices);
    }

    [Fact]
    public async Task AnEngagementOfAnotherOfferingIsRefusedUnderTheQuestion()
    {
        var chat = host.Chat(FabrikamAdmin);
        var engagementCard = (await AnswerAsync(chat, (await chat.SayAsync("check eligibility")).FinalCard(), "offering", "SDPS")).FinalCard();

        var replies = await AnswerAsync(chat, engagementCard, "engagement", "data-estate-modernization");

        Assert.Contains("Choose an engagement.", replies.FinalCard().Texts());
        Assert.Equal("engagement", replies.FinalCard().Question().Field);
    }

    [Fact]
    public async Task TheConsultantCardOffersThePartnersConsultantsOrSkipping()
    {
        var chat = host.Chat(FabrikamAdmin);
        var card = (await AnswerAsync(chat, (await chat.SayAsync("check eligibility")).FinalCard(), "offering", "SSDPS")).FinalCard();

        card = (await AnswerAsync(chat, card, "engagement", "data-estate-modernization")).FinalCard();

        var (field, choices) = card.Question();
        Assert.Equal("consultant", field);
        Assert.Equal(["FAB-C1", "FAB-C2", "FAB-C3", "skip"], choices.Select(c => c.Value));
        Assert.Equal("Lena Vogel (FAB-C1)", choices[0].Title);
    }

    [Fact]
    public async Task TheCountryCardOffersSkippingThenEveryCountryByNameInTheUsersLanguage()
    {
        var chat = host.Chat(FabrikamAdmin, locale: "fr-FR");
        var card = (await AnswerAsync(chat, (await chat.SayAsync("check eligibility")).FinalCard(), "offering", "SSDPS")).FinalCard();
        card = (await AnswerAsync(chat, card, "engagement", "data-estate-modernization")).FinalCard();

        card = (await AnswerAsync(chat, card, "consultant", "FAB-C1")).FinalCard();

        var (field, choices) = card.Question();
        Assert.Equal("country", field);
        Assert.Equal("skip", choices[0].Value);
        Assert.Contains(("Allemagne", "DE"), choices);
        Assert.Contains(("Japon", "JP"), choices);
        Assert.InRange(choices.Count, 150, 300);
        Assert.InRange(System.Text.Encoding.UTF8.GetByteCount(card.ToJsonString()), 1, 28 * 1024);
    }

    [Fact]
    public async Task NamingTheOfferingInTheRequestGoesStraightToItsEngagements()
    {
        var card = (await host.Chat(FabrikamAdmin).SayAsync("Are we eligible for SSDPS?")).FinalCard();

        var (field, choices) = card.Question();
        Assert.Equal("engagement", field);
        Assert.Equal([("Data Estate Modernization", "data-estate-modernization")], choices);
        Assert.Equal("SQL Server Deployment Planning Services (SSDPS)", card.Facts()["Offering"]);
    }

    [Fact]
    public async Task AnAnswerOnAnEarlierCardIsRefusedAndTheCurrentQuestionAskedAgain()
    {
        var chat = host.Chat(FabrikamAdmin);
        var offeringCard = (await chat.SayAsync("check eligibility")).FinalCard();
        await AnswerAsync(chat, offeringCard, "offering", "SDPS");

        var replies = await AnswerAsync(chat, offeringCard, "offering", "DDPS");

        var card = replies.FinalCard();
        Assert.Contains("This card is from an earlier step. Please answer on the latest card.", card.Texts());
        Assert.Equal("engagement", card.Question().Field);
        Assert.Equal("SharePoint Deployment Planning Services (SDPS)", card.Facts()["Offering"]);
    }

    [Fact]
    public async Task HelpMidwayShowsHelpThenTheSameQuestionAndTheCheckGoesOn()
    {
        var chat = host.Chat(FabrikamAdmin);
        await AnswerAsync(chat, (await chat.SayAsync("check eligibility")).FinalCard(), "offering", "SSDPS");

        var replies = await chat.SayAsync("help");

        Assert.Contains("start over", replies.Readable());
        var card = replies.FinalCard();
        Assert.Equal("engagement", card.Question().Field);
        card = (await AnswerAsync(chat, card, "engagement", "data-estate-modernization")).FinalCard();
        Assert.Equal("consultant", card.Question().Field);
    }

    [Fact]
    public async Task AnotherJourneysButtonMidwayRunsItAndThenTheCheckResumesWhereItWas()
    {
        var chat = host.Chat(FabrikamAdmin);
        var card = (await AnswerAsync(chat, (await chat.SayAsync("check eligibility")).FinalCard(), "offering", "SSDPS")).FinalCard();
        card = (await AnswerAsync(chat, card, "engagement", "data-estate-modernization")).FinalCard();

        var replies = await chat.SubmitAsync(new { action = "ProgramTimeline", opId = "timeline-1" });

        Assert.Contains("Planning Services retirement timeline", replies.Readable());
        card = replies.FinalCard();
        Assert.Equal("consultant", card.Question().Field);
        card = (await AnswerAsync(chat, card, "consultant", "FAB-C3")).FinalCard();
        var result = (await AnswerAsync(chat, card, "country", "AT")).FinalCard();
        Assert.Contains(result.Requirements(), r => r.Heading == "✗ Not met · The consultant's qualifying exam");
        Assert.Contains(result.Requirements(), r => r.Detail == "Location 4711001-AT in Austria.");
    }

    [Fact]
    public async Task CustomersAreToldTheCheckIsForPartnerUsersAndDoNotSeeItInTheMenu()
    {
        var chat = host.CustomerChat();

        var welcome = await chat.StartAsync();
        var replies = await chat.SayAsync("am I eligible?");

        Assert.DoesNotContain("Check eligibility", welcome.Readable());
        Assert.Contains("This is for partner users.", replies.Readable());
    }

    [Fact]
    public async Task EveryPartnerRoleSeesTheCheckInTheMenu()
    {
        foreach (var role in new[] { PartnerRole.GlobalAdmin, PartnerRole.MpnPartnerAdmin, PartnerRole.Consultant })
        {
            var welcome = await host.Chat(ProgramJourneysApp.User(DemoIdentities.TailspinMpnId, role)).StartAsync();

            Assert.Contains("Check eligibility", welcome.Readable());
        }
    }

    private static async Task<IReadOnlyList<Activity>> CheckAsync(BotConversation chat, string offering, string engagement, string? consultant, string? country)
    {
        var card = (await chat.SayAsync("check eligibility")).FinalCard();
        card = (await AnswerAsync(chat, card, "offering", offering)).FinalCard();
        card = (await AnswerAsync(chat, card, "engagement", engagement)).FinalCard();
        card = (await AnswerAsync(chat, card, "consultant", consultant ?? "skip")).FinalCard();
        return await AnswerAsync(chat, card, "country", country ?? "skip");
    }

    private static Task<IReadOnlyList<Activity>> AnswerAsync(BotConversation chat, JsonObject card, string field, string value)
    {
        Assert.Equal(field, card.Question().Field);
        return chat.SubmitAsync(new Dictionary<string, string> { [field] = value, ["opId"] = card.OperationId() });
    }

    private static Requirement Met(string name, string detail) => new("✓ Met · " + name, detail, string.Empty);

    private static Requirement Unmet(string name, string detail, string nextStep) => new("✗ Not met · " + name, detail, nextStep);

    private sealed record EligibilityCase(
        DemoUser User, string Offering, string Engagement, string? Consultant, string? Country, string Summary, Requirement[] Requirements);

    private sealed record Requirement(string Heading, string Detail, string NextStep);
}
