using System.Text.Json;
using BotRuntime.Dialogs.Choices;
using BotRuntime.Dialogs.Prompts;
using BotRuntime.Recognizers;
using BotRuntime.Schema;
using BotRuntime.Testing;

namespace BotRuntime.Tests.Dialogs.Prompts;

public class ChoicePromptTests
{
    private static readonly Choice[] Colors =
    [
        new("red") { Title = "Red", Synonyms = ["crimson"] },
        new("green") { Title = "Green" },
        new("blue") { Title = "Blue", Synonyms = ["navy"] },
    ];

    private static PromptOptions Ask(IList<Choice>? choices = null, ListStyle? style = null) => new()
    {
        Prompt = MessageFactory.Text("Pick a color."),
        RetryPrompt = MessageFactory.Text("Please pick one of the colors."),
        Choices = choices ?? Colors,
        Style = style,
    };

    [Theory]
    [InlineData("2", "green")]
    [InlineData("Blue", "blue")]
    [InlineData("crimson", "red")]
    [InlineData("the third one", "blue")]
    [InlineData("I'd like navy", "blue")]
    public async Task AChoiceIsPickedByNumberTitleSynonymOrOrdinal(string answer, string expected)
    {
        var (harness, results) = DialogHarness.ForPrompt(new ChoicePrompt("color"), Ask());

        await harness.Flow().Send("hi").AssertReply("Pick a color. (1) Red, (2) Green, or (3) Blue").Send(answer).StartTestAsync();

        var found = Assert.IsType<FoundChoice>(Assert.Single(results));
        Assert.Equal(expected, found.Value);
    }

    [Fact]
    public async Task FrenchOrdinalsAndConnectorsAreUsed()
    {
        var (harness, results) = DialogHarness.ForPrompt(new ChoicePrompt("color"), Ask(), new TestAdapter { Locale = "fr-FR" });

        await harness.Flow().Send("salut").AssertReply("Pick a color. (1) Red, (2) Green, ou (3) Blue").Send("la deuxième").StartTestAsync();

        Assert.Equal("green", Assert.IsType<FoundChoice>(Assert.Single(results)).Value);
    }

    [Fact]
    public async Task MoreThanThreeChoicesAreANumberedList()
    {
        Choice[] sizes = [new("XS"), new("S"), new("M"), new("L")];
        var (harness, results) = DialogHarness.ForPrompt(new ChoicePrompt("size"), Ask(sizes));

        await harness.Flow()
            .Send("hi").AssertReply("Pick a color.\n\n   1. XS\n   2. S\n   3. M\n   4. L")
            .Send("4")
            .StartTestAsync();

        Assert.Equal("L", Assert.IsType<FoundChoice>(Assert.Single(results)).Value);
    }

    [Fact]
    public async Task DirectLineGetsSuggestedActionsThatSendTheTitle()
    {
        var (harness, results) = DialogHarness.ForPrompt(new ChoicePrompt("color"), Ask(), new TestAdapter(Channels.DirectLine));

        await harness.Flow()
            .Send("hi").AssertSuggestedActions("Red", "Green", "Blue")
            .Send("Green")
            .StartTestAsync();

        Assert.Equal("green", Assert.IsType<FoundChoice>(Assert.Single(results)).Value);
    }

    [Fact]
    public async Task AHeroCardCarriesTheChoicesAsButtons()
    {
        var (harness, _) = DialogHarness.ForPrompt(new ChoicePrompt("color"), Ask(style: ListStyle.HeroCard));

        await harness.Flow().Send("hi").AssertReply(reply =>
        {
            var card = Assert.Single(reply.Attachments!);
            Assert.Equal(AttachmentContentTypes.HeroCard, card.ContentType);
            Assert.Equal("Pick a color.", card.Content!.Value.GetProperty("text").GetString());
            Assert.Equal(["Red", "Green", "Blue"], card.Content.Value.GetProperty("buttons").EnumerateArray().Select(b => b.GetProperty("title").GetString()));
        }).StartTestAsync();
    }

    [Fact]
    public async Task AnAnswerFittingTwoChoicesEquallyIsAskedAgain()
    {
        Choice[] actions = [new("Check eligibility"), new("Check status")];
        var (harness, results) = DialogHarness.ForPrompt(new ChoicePrompt("action"), Ask(actions));

        await harness.Flow()
            .Send("hi").AssertReply("Pick a color. (1) Check eligibility or (2) Check status")
            .Send("check").AssertReply("Please pick one of the colors. (1) Check eligibility or (2) Check status")
            .Send("check status")
            .StartTestAsync();

        Assert.Equal("Check status", Assert.IsType<FoundChoice>(Assert.Single(results)).Value);
    }

    [Fact]
    public async Task ANumberOutOfRangeIsAskedAgain()
    {
        var (harness, results) = DialogHarness.ForPrompt(new ChoicePrompt("color"), Ask());

        await harness.Flow().Send("hi").AssertReply(_ => true).Send("5").AssertReplyContains("Please pick one of the colors.").StartTestAsync();

        Assert.Empty(results);
    }

    [Fact]
    public async Task TheChoicesSurviveStorageWithTheirTitlesAndSynonyms()
    {
        var (harness, _) = DialogHarness.ForPrompt(new ChoicePrompt("color"), Ask());

        await harness.Flow().Send("hi").StartTestAsync();

        var stored = (await harness.Storage.ReadAsync(["test/conversations/convo1"]))["test/conversations/convo1"].Value;
        var choices = stored.GetProperty("DialogState").GetProperty("dialogStack")[0].GetProperty("state").GetProperty("dialogs")
            .GetProperty("dialogStack")[0].GetProperty("state").GetProperty("options").GetProperty("choices");
        Assert.Equal(Colors, choices.Deserialize<Choice[]>(BotJson.Options)!, new ChoiceComparer());
    }

    [Fact]
    public async Task AfterMaxAttemptsTheChoicePromptGivesUp()
    {
        var options = Ask();
        options.MaxAttempts = 2;
        var (harness, results) = DialogHarness.ForPrompt(new ChoicePrompt("color"), options);

        await harness.Flow()
            .Send("hi").AssertReply(_ => true)
            .Send("purple").AssertReply("Please pick one of the colors. (1) Red, (2) Green, or (3) Blue")
            .Send("orange").AssertNoReply()
            .StartTestAsync();

        Assert.Equal([new TooManyAttempts("color", 2)], results);
    }

    private sealed class ChoiceComparer : IEqualityComparer<Choice>
    {
        public bool Equals(Choice? x, Choice? y) =>
            x?.Value == y?.Value && x?.Title == y?.Title && (x?.Synonyms ?? []).SequenceEqual(y?.Synonyms ?? []);

        public int GetHashCode(Choice obj) => obj.Value.GetHashCode(StringComparison.Ordinal);
    }
}
