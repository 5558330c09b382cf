using BotRuntime.Recognizers;

namespace BotRuntime.Tests.Recognizers;

public class NumberRecognizerTests
{
    [Theory]
    [InlineData("3.5", "en-US", "3.5")]
    [InlineData("3,5", "fr-FR", "3.5")]
    [InlineData("3,5", "nl-NL", "3.5")]
    [InlineData("3,5", "sv-SE", "3.5")]
    [InlineData("1,234.5", "en-GB", "1234.5")]
    [InlineData("1.234,5", "nl-NL", "1234.5")]
    [InlineData("1 234,5", "fr-FR", "1234.5")]
    [InlineData("1\u202F234", "fr-FR", "1234")]
    [InlineData("1 234", "sv-SE", "1234")]
    [InlineData("-7", "en-US", "-7")]
    [InlineData("42", "zh-Hans", "42")]
    [InlineData("\uFF13", "zh-Hans", "3")]
    public void DigitsAreReadInTheFormatOfTheCulture(string utterance, string locale, string expected)
    {
        var results = NumberRecognizer.Recognize(utterance, locale);

        Assert.Equal(decimal.Parse(expected, System.Globalization.CultureInfo.InvariantCulture), Assert.Single(results).Value);
    }

    [Fact]
    public void ACommaDoesNotMakeADecimalInEnglish()
    {
        var results = NumberRecognizer.Recognize("3,5", "en-US");

        Assert.Equal(3m, results[0].Value);
    }

    [Theory]
    [InlineData("three", "en-US", 3)]
    [InlineData("Twelve", "en-GB", 12)]
    [InlineData("twenty-three", "en-US", 23)]
    [InlineData("twenty three", "en-US", 23)]
    [InlineData("trois", "fr-FR", 3)]
    [InlineData("zéro", "fr-FR", 0)]
    [InlineData("vingt et un", "fr-FR", 21)]
    [InlineData("soixante-dix", "fr-FR", 70)]
    [InlineData("quatre-vingt-dix-neuf", "fr-FR", 99)]
    [InlineData("septante", "fr-BE", 70)]
    [InlineData("drie", "nl-NL", 3)]
    [InlineData("tweeëntwintig", "nl-NL", 22)]
    [InlineData("tre", "sv-SE", 3)]
    [InlineData("tjugotre", "sv-SE", 23)]
    [InlineData("två", "sv-SE", 2)]
    [InlineData("三", "zh-Hans", 3)]
    [InlineData("十二", "zh-CN", 12)]
    [InlineData("二十三", "zh-Hans", 23)]
    [InlineData("两", "zh-Hans", 2)]
    public void SmallNumbersAreReadFromWords(string utterance, string locale, int expected)
    {
        var results = NumberRecognizer.Recognize(utterance, locale);

        Assert.Equal(expected, Assert.Single(results).Value);
    }

    [Fact]
    public void ANumberInsideASentenceIsFoundWithItsPosition()
    {
        var result = Assert.Single(NumberRecognizer.Recognize("I'd like 14 seats please", "en-US"));

        Assert.Equal(("14", 9, 10, 14m), (result.Text, result.Start, result.End, result.Value));
    }

    [Fact]
    public void AccentsMayBeLeftOutAndPositionsStayInTheOriginalText()
    {
        var result = Assert.Single(NumberRecognizer.Recognize("j'en veux ZÉRO", "fr-FR"));

        Assert.Equal(("ZÉRO", 0m), (result.Text, result.Value));
    }

    [Fact]
    public void WordsOfAnotherLanguageAreNotNumbers()
    {
        Assert.Empty(NumberRecognizer.Recognize("trois", "en-US"));
    }

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("xx-XX")]
    [InlineData("de-DE")]
    public void AMissingOrUnsupportedLocaleReadsAsEnglish(string? locale)
    {
        Assert.Equal(3m, Assert.Single(NumberRecognizer.Recognize("three", locale)).Value);
    }

    [Fact]
    public void TextWithoutNumbersYieldsNothing()
    {
        Assert.Empty(NumberRecognizer.Recognize("hello there", "en-US"));
    }
}
