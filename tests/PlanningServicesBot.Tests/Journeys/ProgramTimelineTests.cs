using NodaTime;
using NodaTime.Text;
using PlanningServicesBot.Data.Demo;
using PlanningServicesBot.Domain.Partners;
using PlanningServicesBot.Tests.Support;

namespace PlanningServicesBot.Tests.Journeys;

/// <summary>The program's retirement dates, relative to today: on the demo date (3 May 2021) unless a test says otherwise.</summary>
public sealed class ProgramTimelineTests(ProgramJourneysApp host) : IClassFixture<ProgramJourneysApp>
{
    [Fact]
    public async Task OnTheDemoDateFiveDatesHavePassedAndTheLastAssignmentDayIsNext()
    {
        var card = (await host.CustomerChat().SayAsync("timeline")).FinalCard();

        Assert.Equal(
            [
                ("✓ Passed", "Cloud engagements retired (FastTrack is the route for cloud planning)", "Saturday, 1 February 2020 · 457 days ago"),
                ("✓ Passed", "Training vouchers can no longer be converted into Planning Services days", "Saturday, 1 February 2020 · 457 days ago"),
                ("✓ Passed", "COVID-19 extension: only vouchers created before this day got extra days", "Wednesday, 1 April 2020 · 397 days ago"),
                ("✓ Passed", "Last day of fully remote delivery under the COVID-19 waiver", "Tuesday, 30 June 2020 · 307 days ago"),
                ("✓ Passed", "Customers stop accruing Planning Services days", "Monday, 1 February 2021 · 91 days ago"),
                ("➜ Next", "Last day for customers to create or assign vouchers", "Wednesday, 30 June 2021 · in 58 days"),
                ("Upcoming", "All remaining Planning Services days are removed", "Thursday, 1 July 2021 · in 59 days"),
                ("Upcoming", "Last day for partners to redeem vouchers", "Saturday, 1 January 2022 · in 243 days"),
                ("Upcoming", "Last day to request payment for a voucher redeemed on the last redemption day", "Wednesday, 2 March 2022 · in 303 days"),
            ],
            card.TimelineRows());
    }

    [Fact]
    public async Task TheNextDateIsSaidInWordsAboveTheList()
    {
        var card = (await host.CustomerChat().SayAsync("What are the key dates?")).FinalCard();

        var texts = card.Texts().ToList();
        Assert.Equal("Planning Services retirement timeline", texts[0]);
        Assert.Equal("Today is Monday, 3 May 2021.", texts[1]);
        Assert.Equal("Next: Last day for customers to create or assign vouchers, on Wednesday, 30 June 2021 (in 58 days).", texts[2]);
        Assert.Contains("Program days are counted in Etc/UTC.", texts);
    }

    [Theory]
    [InlineData("en-GB", "Wednesday, 30 June 2021")]
    [InlineData("en-US", "Wednesday, June 30, 2021")]
    [InlineData("fr-FR", "mercredi 30 juin 2021")]
    public async Task DatesAreWrittenInTheUsersLanguage(string locale, string lastAssignmentDay)
    {
        var replies = await host.Chat(ProgramJourneysApp.User(DemoIdentities.FabrikamMpnId), locale).SubmitAsync(new { action = "ProgramTimeline", opId = "t-1" });

        Assert.Contains(replies.FinalCard().TimelineRows(), row => row.When.StartsWith(lastAssignmentDay, StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("customer")]
    [InlineData("consultant")]
    [InlineData("support staff")]
    public async Task CustomersPartnersAndSupportStaffAreAllOfferedTheTimeline(string who)
    {
        var chat = who switch
        {
            "customer" => host.CustomerChat(),
            "consultant" => host.Chat(ProgramJourneysApp.User(DemoIdentities.LitwareMpnId, PartnerRole.Consultant)),
            _ => host.StaffChat(),
        };

        var welcome = await chat.StartAsync();
        var replies = await chat.SubmitAsync(new { action = "ProgramTimeline", opId = "t-2" });

        Assert.Contains("Program timeline", welcome.Readable());
        Assert.Equal("Planning Services retirement timeline", replies.FinalCard().Texts().First());
    }

    [Theory]
    [InlineData("2021-07-01T09:00:00Z", 7, "Next: Last day for partners to redeem vouchers, on Saturday, 1 January 2022 (in 184 days).")]
    [InlineData("2022-01-01T23:59:00Z", 7, "Next: Last day for partners to redeem vouchers, on Saturday, 1 January 2022 (today).")]
    [InlineData("2022-01-02T00:00:00Z", 8, "Next: Last day to request payment for a voucher redeemed on the last redemption day, on Wednesday, 2 March 2022 (in 59 days).")]
    [InlineData("2022-03-03T00:00:00Z", 9, "Every retirement date has passed.")]
    public async Task OnAnotherDayTheDatesThatPassedAndTheNextOneMoveOn(string now, int passed, string next)
    {
        using var later = ProgramJourneysApp.At(InstantPattern.ExtendedIso.Parse(now).Value);

        var card = (await later.CustomerChat().SayAsync("timeline")).FinalCard();

        Assert.Contains(next, card.Texts());
        var rows = card.TimelineRows();
        Assert.Equal(passed, rows.Count(r => r.Status == "✓ Passed"));
        Assert.All(rows.Take(passed), r => Assert.Equal("✓ Passed", r.Status));
        Assert.All(rows.Skip(passed).Take(1), r => Assert.Equal("➜ Next", r.Status));
    }

    [Fact]
    public async Task OnTheDayDaysAreRemovedThatDatePassedTodayAndTheLastAssignmentDayYesterday()
    {
        using var later = ProgramJourneysApp.At(Instant.FromUtc(2021, 7, 1, 9, 0));

        var rows = (await later.CustomerChat().SayAsync("timeline")).FinalCard().TimelineRows();

        Assert.Contains(("✓ Passed", "Last day for customers to create or assign vouchers", "Wednesday, 30 June 2021 · yesterday"), rows);
        Assert.Contains(("✓ Passed", "All remaining Planning Services days are removed", "Thursday, 1 July 2021 · today"), rows);
    }
}
