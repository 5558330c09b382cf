using System.Text.Json.Nodes;
using BotRuntime.Dialogs.Prompts;
using BotRuntime.Testing;

namespace BotRuntime.Tests.Dialogs.Prompts;

public class NumberPromptTests
{
    private static PromptOptions Ask(JsonNode? validations = null) => new()
    {
        Prompt = MessageFactory.Text("How many?"),
        RetryPrompt = MessageFactory.Text("A number, please."),
        Validations = validations,
    };

    [Theory]
    [InlineData("en-US", "12", 12)]
    [InlineData("en-US", "twelve", 12)]
    [InlineData("fr-FR", "douze", 12)]
    [InlineData("nl-NL", "ik wil er drie", 3)]
    [InlineData("sv-SE", "tre", 3)]
    [InlineData("zh-Hans", "三个", 3)]
    public async Task IntegersAreReadInTheUsersLanguage(string locale, string answer, int expected)
    {
        var (harness, results) = DialogHarness.ForPrompt(new NumberPrompt<int>("count"), Ask(), new TestAdapter { Locale = locale });

        await harness.Flow().Send("hi").AssertReply("How many?").Send(answer).StartTestAsync();

        Assert.Equal([expected], results);
    }

    [Theory]
    [InlineData("fr-FR", "3,5")]
    [InlineData("nl-NL", "3,5")]
    [InlineData("sv-SE", "3,5")]
    [InlineData("en-GB", "3.5")]
    public async Task DecimalsUseTheCulturesSeparator(string locale, string answer)
    {
        var (harness, results) = DialogHarness.ForPrompt(new NumberPrompt<decimal>("amount"), Ask(), new TestAdapter { Locale = locale });

        await harness.Flow().Send("hi").Send(answer).StartTestAsync();

        Assert.Equal([3.5m], results);
    }

    [Fact]
    public async Task ADefaultLocaleAppliesWhenTheActivityHasNone()
    {
        var (harness, results) = DialogHarness.ForPrompt(new NumberPrompt<decimal>("amount", defaultLocale: "fr-FR"), Ask(), new TestAdapter { Locale = null });

        await harness.Flow().Send("hi").Send("2,25").StartTestAsync();

        Assert.Equal([2.25m], results);
    }

    [Theory]
    [InlineData("3.5")]
    [InlineData("99999999999")]
    [InlineData("none")]
    public async Task AnIntegerPromptAsksAgainForFractionsOverflowAndWords(string answer)
    {
        var (harness, results) = DialogHarness.ForPrompt(new NumberPrompt<int>("count"), Ask());

        await harness.Flow().Send("hi").AssertReply("How many?").Send(answer).AssertReply("A number, please.").Send("4").StartTestAsync();

        Assert.Equal([4], results);
    }

    [Fact]
    public async Task TheValidatorCanUseTheLimitsKeptInTheOptions()
    {
        var prompt = new NumberPrompt<int>("count", (context, ct) =>
        {
            var limits = context.Options.Validations!;
            return Task.FromResult(context.Recognized.Succeeded
                && context.Recognized.Value >= (int)limits["min"]! && context.Recognized.Value <= (int)limits["max"]!);
        });
        var (harness, results) = DialogHarness.ForPrompt(prompt, Ask(new JsonObject { ["min"] = 1, ["max"] = 10 }));

        await harness.Flow()
            .Send("hi").AssertReply("How many?")
            .Send("42").AssertReply("A number, please.")
            .Send("0").AssertReply("A number, please.")
            .Send("7")
            .StartTestAsync();

        Assert.Equal([7], results);
    }

    [Fact]
    public async Task UnrecognizedAnswersCountTowardsMaxAttempts()
    {
        var options = Ask();
        options.MaxAttempts = 3;
        var (harness, results) = DialogHarness.ForPrompt(new NumberPrompt<int>("count"), options);

        await harness.Flow()
            .Send("hi").AssertReply("How many?")
            .Send("lots").AssertReply("A number, please.")
            .Send("many").AssertReply("A number, please.")
            .Send("heaps").AssertNoReply()
            .StartTestAsync();

        Assert.Equal([new TooManyAttempts("count", 3)], results);
    }
}
