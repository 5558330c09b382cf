using BotRuntime.Recognizers;

namespace BotRuntime.Tests.Recognizers;

public class BooleanRecognizerTests
{
    [Theory]
    [InlineData("yes", "en-US", true)]
    [InlineData("Y", "en-GB", true)]
    [InlineData("ok", "en-US", true)]
    [InlineData("Sure!", "en-US", true)]
    [InlineData("yes please", "en-US", true)]
    [InlineData("no", "en-US", false)]
    [InlineData("nope", "en-US", false)]
    [InlineData("not really", "en-US", false)]
    [InlineData("oui", "fr-FR", true)]
    [InlineData("D’accord", "fr-FR", true)]
    [InlineData("bien sur", "fr-FR", true)]
    [InlineData("non", "fr-FR", false)]
    [InlineData("non merci", "fr-FR", false)]
    [InlineData("ja", "nl-NL", true)]
    [InlineData("prima", "nl-NL", true)]
    [InlineData("nee", "nl-NL", false)]
    [InlineData("ja", "sv-SE", true)]
    [InlineData("absolut", "sv-SE", true)]
    [InlineData("absolut inte", "sv-SE", false)]
    [InlineData("nej", "sv-SE", false)]
    [InlineData("是", "zh-Hans", true)]
    [InlineData("好", "zh-Hans", true)]
    [InlineData("好的", "zh-CN", true)]
    [InlineData("没问题", "zh-Hans", true)]
    [InlineData("否", "zh-Hans", false)]
    [InlineData("不是", "zh-Hans", false)]
    [InlineData("不要", "zh-Hans", false)]
    [InlineData("\U0001F44D", "fr-FR", true)]
    public void YesAndNoAreRecognizedPerLanguage(string utterance, string locale, bool expected)
    {
        Assert.Equal(expected, BooleanRecognizer.Recognize(utterance, locale)[0].Value);
    }

    [Theory]
    [InlineData("maybe", "en-US")]
    [InlineData("ja", "en-US")]
    [InlineData("peut-être", "fr-FR")]
    [InlineData("", "en-US")]
    public void OtherAnswersAreNeitherYesNorNo(string utterance, string locale)
    {
        Assert.Empty(BooleanRecognizer.Recognize(utterance, locale));
    }

    [Fact]
    public void TheFirstAnswerInTheUtteranceComesFirst()
    {
        var results = BooleanRecognizer.Recognize("no, wait, yes", "en-US");

        Assert.Equal([false, true], results.Select(r => r.Value));
    }
}
