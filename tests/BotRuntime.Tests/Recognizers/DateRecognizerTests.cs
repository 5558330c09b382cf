using BotRuntime.Recognizers;

namespace BotRuntime.Tests.Recognizers;

public class DateRecognizerTests
{
    private static readonly DateOnly Today = new(2021, 4, 20);

    [Theory]
    [InlineData("2021-05-03", "en-US")]
    [InlineData("2021-05-03", "fr-FR")]
    [InlineData("2021-05-03", "zh-Hans")]
    [InlineData("03/05/2021", "en-GB")]
    [InlineData("03/05/2021", "fr-FR")]
    [InlineData("03/05/2021", "nl-NL")]
    [InlineData("03/05/2021", "sv-SE")]
    [InlineData("03-05-2021", "nl-NL")]
    [InlineData("3.5.2021", "fr-FR")]
    [InlineData("05/03/2021", "en-US")]
    [InlineData("5/3/21", "en-US")]
    [InlineData("03/05/21", "en-GB")]
    [InlineData("3 May 2021", "en-GB")]
    [InlineData("3 May 2021", "en-US")]
    [InlineData("May 3, 2021", "en-US")]
    [InlineData("May 3rd 2021", "en-US")]
    [InlineData("the 3rd of May, 2021", "en-GB")]
    [InlineData("3 mai 2021", "fr-FR")]
    [InlineData("lundi 3 mai 2021", "fr-FR")]
    [InlineData("3 mei 2021", "nl-NL")]
    [InlineData("3 maj 2021", "sv-SE")]
    [InlineData("3:e maj 2021", "sv-SE")]
    [InlineData("2021年5月3日", "zh-Hans")]
    [InlineData("2021年五月三日", "zh-CN")]
    public void TheThirdOfMayIsReadInEachCulturesNotation(string utterance, string locale)
    {
        Assert.Equal(new DateOnly(2021, 5, 3), Assert.Single(DateRecognizer.Recognize(utterance, locale, Today)).Value);
    }

    [Theory]
    [InlineData("en-US", 3, 5)]
    [InlineData("en-GB", 5, 3)]
    [InlineData("fr-FR", 5, 3)]
    [InlineData("nl-NL", 5, 3)]
    [InlineData("sv-SE", 5, 3)]
    public void DayAndMonthOrderFollowsTheLocale(string locale, int month, int day)
    {
        Assert.Equal(new DateOnly(2021, month, day), DateRecognizer.Recognize("03/05/2021", locale, Today)[0].Value);
    }

    [Theory]
    [InlineData("1er février 2022", "fr-FR", 2022, 2, 1)]
    [InlineData("1 fevrier 2022", "fr-FR", 2022, 2, 1)]
    [InlineData("3 févr. 2022", "fr-FR", 2022, 2, 3)]
    [InlineData("27 Sept 2021", "en-GB", 2021, 9, 27)]
    [InlineData("Dec 27, 2021", "en-US", 2021, 12, 27)]
    [InlineData("31 maart 2022", "nl-NL", 2022, 3, 31)]
    [InlineData("1 juli 2021", "sv-SE", 2021, 7, 1)]
    public void MonthNamesAndAbbreviationsComeFromTheCulture(string utterance, string locale, int year, int month, int day)
    {
        Assert.Equal(new DateOnly(year, month, day), Assert.Single(DateRecognizer.Recognize(utterance, locale, Today)).Value);
    }

    [Theory]
    [InlineData("today", "en-US", 0)]
    [InlineData("tomorrow", "en-GB", 1)]
    [InlineData("yesterday", "en-US", -1)]
    [InlineData("the day after tomorrow", "en-US", 2)]
    [InlineData("aujourd'hui", "fr-FR", 0)]
    [InlineData("demain", "fr-FR", 1)]
    [InlineData("après-demain", "fr-FR", 2)]
    [InlineData("vandaag", "nl-NL", 0)]
    [InlineData("morgen", "nl-NL", 1)]
    [InlineData("idag", "sv-SE", 0)]
    [InlineData("i morgon", "sv-SE", 1)]
    [InlineData("imorgon", "sv-SE", 1)]
    [InlineData("今天", "zh-Hans", 0)]
    [InlineData("明天", "zh-Hans", 1)]
    public void RelativeDaysCountFromTheReferenceDate(string utterance, string locale, int days)
    {
        Assert.Equal(Today.AddDays(days), Assert.Single(DateRecognizer.Recognize(utterance, locale, Today)).Value);
    }

    [Theory]
    [InlineData("3 May", "en-GB")]
    [InlineData("5月3日", "zh-Hans")]
    public void ADateWithoutAYearTakesTheReferenceYear(string utterance, string locale)
    {
        Assert.Equal(new DateOnly(2021, 5, 3), Assert.Single(DateRecognizer.Recognize(utterance, locale, Today)).Value);
    }

    [Theory]
    [InlineData("31/02/2021", "en-GB")]
    [InlineData("13/13/2021", "fr-FR")]
    [InlineData("2021-02-30", "en-US")]
    [InlineData("May 2021", "en-US")]
    [InlineData("3 5 2021", "en-US")]
    [InlineData("soon", "en-US")]
    public void ThingsThatAreNotCalendarDatesYieldNothing(string utterance, string locale)
    {
        Assert.Empty(DateRecognizer.Recognize(utterance, locale, Today));
    }

    [Fact]
    public void ADateInsideASentenceIsFoundWithItsPosition()
    {
        var result = Assert.Single(DateRecognizer.Recognize("We met on 3 May 2021, I think", "en-GB", Today));

        Assert.Equal(("3 May 2021", 10), (result.Text, result.Start));
    }
}
