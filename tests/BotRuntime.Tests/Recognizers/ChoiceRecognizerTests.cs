using BotRuntime.Recognizers;

namespace BotRuntime.Tests.Recognizers;

public class ChoiceRecognizerTests
{
    private static readonly Choice[] Colors =
    [
        new("red") { Synonyms = ["crimson", "scarlet"] },
        new("green"),
        new("blue") { Synonyms = ["navy"] },
    ];

    [Theory]
    [InlineData("red", "red")]
    [InlineData("RED", "red")]
    [InlineData("crimson", "red")]
    [InlineData("I like the blue one", "blue")]
    [InlineData("navy please", "blue")]
    [InlineData("2", "green")]
    [InlineData("I'll take 3", "blue")]
    [InlineData("the third one", "blue")]
    [InlineData("the first", "red")]
    public void AChoiceIsPickedByWordSynonymNumberOrOrdinal(string utterance, string expected)
    {
        Assert.Equal(expected, ChoiceRecognizer.Recognize(utterance, Colors, "en-US")[0].Value.Value);
    }

    [Theory]
    [InlineData("la deuxième", "fr-FR", "green")]
    [InlineData("de derde", "nl-NL", "blue")]
    [InlineData("den första", "sv-SE", "red")]
    [InlineData("第二个", "zh-Hans", "green")]
    [InlineData("deux", "fr-FR", "green")]
    public void OrdinalsAndNumberWordsFollowTheLocale(string utterance, string locale, string expected)
    {
        Assert.Equal(expected, ChoiceRecognizer.Recognize(utterance, Colors, locale)[0].Value.Value);
    }

    [Fact]
    public void TheMatchedSynonymAndIndexAreReported()
    {
        var found = ChoiceRecognizer.Recognize("scarlet", Colors, "en-US")[0].Value;

        Assert.Equal(("red", 0, 1.0, "scarlet"), (found.Value, found.Index, found.Score, found.Synonym));
    }

    [Theory]
    [InlineData("purple")]
    [InlineData("7")]
    [InlineData("0")]
    [InlineData("")]
    public void AnUnrelatedAnswerOrANumberOutOfRangePicksNothing(string utterance)
    {
        Assert.Empty(ChoiceRecognizer.Recognize(utterance, Colors, "en-US"));
    }

    [Fact]
    public void APartialMatchScoresLowerThanAFullOne()
    {
        Choice[] actions = [new("Check order status"), new("Reserve a seat")];

        var results = ChoiceRecognizer.Recognize("status", actions, "en-US");

        var found = Assert.Single(results).Value;
        Assert.Equal("Check order status", found.Value);
        Assert.True(found.Score < 1.0);
    }

    [Fact]
    public void PartialMatchesCanBeTurnedOff()
    {
        Choice[] actions = [new("Check order status")];

        Assert.Empty(ChoiceRecognizer.Recognize("status", actions, "en-US", new ChoiceRecognizerOptions { AllowPartialMatches = false }));
    }

    [Fact]
    public void TheBestMatchComesFirst()
    {
        Choice[] actions = [new("Check eligibility"), new("Check status")];

        var results = ChoiceRecognizer.Recognize("check status", actions, "en-US");

        Assert.Equal(["Check status", "Check eligibility"], results.Select(r => r.Value.Value));
    }

    [Fact]
    public void TheTitleShownToTheUserIsRecognizedAndTheValueReturned()
    {
        Choice[] actions = [new("reserve") { Title = "Réserver une place" }, new("cancel") { Title = "Annuler" }];

        Assert.Equal("reserve", ChoiceRecognizer.Recognize("réserver", actions, "fr-FR")[0].Value.Value);
    }

    [Fact]
    public void ChineseChoicesMatchCharacterByCharacter()
    {
        Choice[] colors = [new("红色"), new("蓝色")];

        Assert.Equal("蓝色", ChoiceRecognizer.Recognize("我要蓝色的", colors, "zh-Hans")[0].Value.Value);
    }

    [Fact]
    public void ChoicesThatAreNumbersMatchByWordBeforePosition()
    {
        Choice[] years = [new("2020"), new("2021"), new("2")];

        Assert.Equal("2", ChoiceRecognizer.Recognize("2", years, "en-US")[0].Value.Value);
    }
}
