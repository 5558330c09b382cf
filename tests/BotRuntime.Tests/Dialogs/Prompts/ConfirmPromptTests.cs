using BotRuntime.Dialogs.Choices;
using BotRuntime.Dialogs.Prompts;
using BotRuntime.Schema;
using BotRuntime.Testing;

namespace BotRuntime.Tests.Dialogs.Prompts;

public class ConfirmPromptTests
{
    private static PromptOptions Ask(string text, string? retry = null) => new()
    {
        Prompt = MessageFactory.Text(text),
        RetryPrompt = retry is null ? null : MessageFactory.Text(retry),
    };

    [Theory]
    [InlineData("yes", true)]
    [InlineData("ok", true)]
    [InlineData("sure", true)]
    [InlineData("no", false)]
    [InlineData("1", true)]
    [InlineData("2", false)]
    public async Task EnglishAnswersAndTheNumbersOfTheShownLabels(string answer, bool expected)
    {
        var (harness, results) = DialogHarness.ForPrompt(new ConfirmPrompt("confirm"), Ask("Continue?"));

        await harness.Flow()
            .Send("hi").AssertReply("Continue? (1) Yes or (2) No")
            .Send(answer)
            .StartTestAsync();

        Assert.Equal([expected], results);
    }

    [Theory]
    [InlineData("oui", true)]
    [InlineData("D'accord", true)]
    [InlineData("non", false)]
    [InlineData("Non", false)]
    public async Task FrenchUsersSeeOuiNonAndAnswerInFrench(string answer, bool expected)
    {
        var (harness, results) = DialogHarness.ForPrompt(new ConfirmPrompt("confirm"), Ask("Continuer ?"), new TestAdapter { Locale = "fr-FR" });

        await harness.Flow()
            .Send("salut").AssertReply("Continuer ? (1) Oui ou (2) Non")
            .Send(answer)
            .StartTestAsync();

        Assert.Equal([expected], results);
    }

    [Theory]
    [InlineData("好的", true)]
    [InlineData("是", true)]
    [InlineData("不要", false)]
    [InlineData("否", false)]
    public async Task ChineseUsersSeeShiFouAndAnswerInChinese(string answer, bool expected)
    {
        var (harness, results) = DialogHarness.ForPrompt(new ConfirmPrompt("confirm"), Ask("继续吗？"), new TestAdapter { Locale = "zh-Hans" });

        await harness.Flow()
            .Send("你好").AssertReply("继续吗？ (1) 是 或 (2) 否")
            .Send(answer)
            .StartTestAsync();

        Assert.Equal([expected], results);
    }

    [Fact]
    public async Task AnUnclearAnswerGetsTheRetryPromptWithTheChoices()
    {
        var (harness, results) = DialogHarness.ForPrompt(new ConfirmPrompt("confirm"), Ask("Continue?", "Please answer yes or no."));

        await harness.Flow()
            .Send("hi").AssertReply("Continue? (1) Yes or (2) No")
            .Send("maybe").AssertReply("Please answer yes or no. (1) Yes or (2) No")
            .Send("yes")
            .StartTestAsync();

        Assert.Equal([true], results);
    }

    [Fact]
    public async Task WebChatGetsSuggestedActions()
    {
        var (harness, _) = DialogHarness.ForPrompt(new ConfirmPrompt("confirm"), Ask("Continue?"), new TestAdapter(Channels.Webchat));

        await harness.Flow()
            .Send("hi").AssertReply(a => a.Text == "Continue?" && a.InputHint == InputHints.ExpectingInput)
            .StartTestAsync();
        await harness.Flow().Send("hi").AssertSuggestedActions("Yes", "No").StartTestAsync();
    }

    [Fact]
    public async Task TheLabelsComeFromThePluggableVocabulary()
    {
        var words = new PromptVocabularies(new Dictionary<string, PromptVocabulary>
        {
            ["en"] = new("Yep", "Nope", ", ", " / ", ", / ", "Use the card."),
        });
        var (harness, results) = DialogHarness.ForPrompt(new ConfirmPrompt("confirm", vocabulary: words), Ask("Go?"));

        await harness.Flow().Send("hi").AssertReply("Go? (1) Yep / (2) Nope").Send("Nope").StartTestAsync();

        Assert.Equal([false], results);
    }

    [Fact]
    public async Task TheStyleCanBeAList()
    {
        var options = Ask("Continue?");
        options.Style = ListStyle.List;
        var (harness, _) = DialogHarness.ForPrompt(new ConfirmPrompt("confirm"), options);

        await harness.Flow().Send("hi").AssertReply("Continue?\n\n   1. Yes\n   2. No").StartTestAsync();
    }

    [Fact]
    public async Task AfterMaxAttemptsUnclearAnswersTheConfirmPromptGivesUp()
    {
        var options = Ask("Continue?");
        options.MaxAttempts = 2;
        var (harness, results) = DialogHarness.ForPrompt(new ConfirmPrompt("confirm"), options);

        await harness.Flow()
            .Send("hi").AssertReply("Continue? (1) Yes or (2) No")
            .Send("maybe").AssertReply("Continue? (1) Yes or (2) No")
            .Send("perhaps").AssertNoReply()
            .StartTestAsync();

        Assert.Equal([new TooManyAttempts("confirm", 2)], results);
    }
}
