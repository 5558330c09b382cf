using BotRuntime.Recognizers;

namespace BotRuntime.Tests.Recognizers;

public class OrdinalRecognizerTests
{
    [Theory]
    [InlineData("the second one", "en-US", 2)]
    [InlineData("2nd", "en-US", 2)]
    [InlineData("la troisième", "fr-FR", 3)]
    [InlineData("le 1er", "fr-FR", 1)]
    [InlineData("de tweede", "nl-NL", 2)]
    [InlineData("4e", "nl-NL", 4)]
    [InlineData("den andra", "sv-SE", 2)]
    [InlineData("3:e", "sv-SE", 3)]
    [InlineData("第二个", "zh-Hans", 2)]
    [InlineData("第3个", "zh-Hans", 3)]
    public void OrdinalsAreRecognizedPerLanguage(string utterance, string locale, int expected)
    {
        Assert.Equal(expected, Assert.Single(OrdinalRecognizer.Recognize(utterance, locale)).Value);
    }

    [Fact]
    public void CardinalNumbersAreNotOrdinals()
    {
        Assert.Empty(OrdinalRecognizer.Recognize("two", "en-US"));
    }
}
