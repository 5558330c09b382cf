using System.Globalization;
using NodaTime;
using PlanningServicesBot.Localization;

namespace PlanningServicesBot.Tests.Localization;

public sealed class UserTimeTests
{
    private static readonly Instant Deadline = Instant.FromUtc(2021, 7, 12, 0, 0);

    [Theory]
    [InlineData("en-US", "Sunday, July 11, 2021 7:59 PM")]
    [InlineData("fr-FR", "dimanche 11 juillet 2021 19:59")]
    [InlineData("nl-NL", "zondag 11 juli 2021 19:59")]
    public void TheLastMinuteBeforeADeadlineIsShownInTheUsersZoneAndLanguage(string culture, string expected)
    {
        var time = new UserTime(DateTimeZoneProviders.Tzdb["America/New_York"], CultureInfo.GetCultureInfo(culture));

        Assert.Equal(expected, Normalize(time.LastMinuteBefore(Deadline)));
    }

    [Fact]
    public void EachCultureKeepsItsOwnPatternsWhenSeveralAreUsedInTurn()
    {
        var zone = DateTimeZone.Utc;
        var day = new LocalDate(2021, 5, 3);
        for (var i = 0; i < 3; i++)
        {
            Assert.Equal("Monday, May 3, 2021", new UserTime(zone, CultureInfo.GetCultureInfo("en-US")).Day(day));
            Assert.Equal("maandag 3 mei 2021", new UserTime(zone, CultureInfo.GetCultureInfo("nl-NL")).Day(day));
        }
    }

    [Fact]
    public void AChangedCultureIsFormattedWithItsOwnPatternNotOneRememberedForItsName()
    {
        var day = new LocalDate(2021, 5, 3);
        Assert.Equal("Monday, May 3, 2021", new UserTime(DateTimeZone.Utc, CultureInfo.GetCultureInfo("en-US")).Day(day));

        var changed = new CultureInfo("en-US");
        changed.DateTimeFormat.LongDatePattern = "yyyy/MM/dd";

        Assert.Equal("2021/05/03", new UserTime(DateTimeZone.Utc, changed).Day(day));
    }

    // ICU may put a narrow no-break space before AM/PM.
    private static string Normalize(string text) => text.Replace('\u202F', ' ').Replace('\u00A0', ' ');
}
