using BotRuntime.Dialogs.Prompts;
using BotRuntime.Schema;
using BotRuntime.Testing;

namespace BotRuntime.Tests.Dialogs.Prompts;

public class TextPromptTests
{
    private static PromptOptions Ask(int? maxAttempts = null) => new()
    {
        Prompt = MessageFactory.Text("Your name?"),
        RetryPrompt = MessageFactory.Text("Please type your name."),
        MaxAttempts = maxAttempts,
    };

    [Fact]
    public async Task TypedTextIsTheAnswer()
    {
        var (harness, results) = DialogHarness.ForPrompt(new TextPrompt("name"), Ask());

        await harness.Flow().Send("hi").AssertReply("Your name?").Send("Ana").StartTestAsync();

        Assert.Equal(["Ana"], results);
    }

    [Fact]
    public async Task ThePromptExpectsInput()
    {
        var (harness, _) = DialogHarness.ForPrompt(new TextPrompt("name"), Ask());

        await harness.Flow().Send("hi").AssertReply(a => a.InputHint == "expectingInput").StartTestAsync();
    }

    [Fact]
    public async Task ACardSubmitIsNotAnEmptyAnswer()
    {
        var (harness, results) = DialogHarness.ForPrompt(new TextPrompt("name"), Ask());

        await harness.Flow()
            .Send("hi").AssertReply("Your name?")
            .SendValue(new { action = "reserve" }).AssertReply("Please type your name.")
            .Send("Ana")
            .StartTestAsync();

        Assert.Equal(["Ana"], results);
    }

    [Fact]
    public async Task BlankTextIsNotAnAnswer()
    {
        var (harness, results) = DialogHarness.ForPrompt(new TextPrompt("name"), Ask());

        await harness.Flow().Send("hi").AssertReply("Your name?").Send("   ").AssertReply("Please type your name.").StartTestAsync();

        Assert.Empty(results);
    }

    [Fact]
    public async Task TheValidatorSeesACardSubmitAsUnrecognizedWithItsValue()
    {
        var seen = new List<string>();
        var prompt = new TextPrompt("name", (context, ct) =>
        {
            seen.Add($"{context.Recognized.Succeeded} {context.Context.Activity.Value?.GetProperty("name").GetString()}");
            return Task.FromResult(true);
        });
        var (harness, results) = DialogHarness.ForPrompt(prompt, Ask());

        await harness.Flow().Send("hi").SendValue(new { name = "Bo" }).StartTestAsync();

        Assert.Equal(["False Bo"], seen);
        Assert.Equal([null], results);
    }

    [Fact]
    public async Task ARejectedAnswerGetsTheRetryPromptUnlessTheValidatorSaidSomething()
    {
        var prompt = new TextPrompt("name", async (context, ct) =>
        {
            if (context.Recognized.Value == "x")
            {
                await context.Context.SendActivityAsync("One letter is not a name.", cancellationToken: ct);
            }

            return context.Recognized.Value?.Length > 1;
        });
        var (harness, results) = DialogHarness.ForPrompt(prompt, Ask());

        await harness.Flow()
            .Send("hi").AssertReply("Your name?")
            .Send("x").AssertReply("One letter is not a name.").AssertNoReply()
            .Send("y!").AssertNoReply()
            .StartTestAsync();

        Assert.Equal(["y!"], results);
    }

    [Fact]
    public async Task TheValidatorCountsTheAttempts()
    {
        var counts = new List<int>();
        var prompt = new TextPrompt("name", (context, ct) =>
        {
            counts.Add(context.AttemptCount);
            return Task.FromResult(context.AttemptCount == 3);
        });
        var (harness, results) = DialogHarness.ForPrompt(prompt, Ask());

        await harness.Flow().Send("hi").Send("a").Send("b").Send("c").StartTestAsync();

        Assert.Equal([1, 2, 3], counts);
        Assert.Equal(["c"], results);
    }

    [Fact]
    public async Task AfterMaxAttemptsThePromptEndsWithTooManyAttemptsAndNoRetry()
    {
        var prompt = new TextPrompt("name", (context, ct) => Task.FromResult(false));
        var (harness, results) = DialogHarness.ForPrompt(prompt, Ask(maxAttempts: 2));

        await harness.Flow()
            .Send("hi").AssertReply("Your name?")
            .Send("a").AssertReply("Please type your name.")
            .Send("b").AssertNoReply()
            .StartTestAsync();

        Assert.Equal([new TooManyAttempts("name", 2)], results);
    }

    [Fact]
    public async Task ThePromptsOwnMaxAttemptsAppliesWhenTheOptionsSetNone()
    {
        var prompt = new TextPrompt("name", (context, ct) => Task.FromResult(false)) { MaxAttempts = 1 };
        var (harness, results) = DialogHarness.ForPrompt(prompt, Ask());

        await harness.Flow().Send("hi").Send("a").StartTestAsync();

        Assert.Equal([new TooManyAttempts("name", 1)], results);
    }

    [Fact]
    public async Task ATypingIndicatorEarlierInTheTurnDoesNotSuppressTheRetryPrompt()
    {
        var adapter = new TestAdapter().Use(new TypingFirst());
        var (harness, _) = DialogHarness.ForPrompt(new TextPrompt("name", (context, ct) => Task.FromResult(false)), Ask(), adapter);

        await harness.Flow()
            .Send("hi").AssertReply(a => a.IsType(ActivityTypes.Typing)).AssertReply("Your name?")
            .Send("x").AssertReply(a => a.IsType(ActivityTypes.Typing)).AssertReply("Please type your name.")
            .StartTestAsync();
    }

    private sealed class TypingFirst : IMiddleware
    {
        public async Task OnTurnAsync(ITurnContext turnContext, NextDelegate next, CancellationToken cancellationToken = default)
        {
            await turnContext.SendActivityAsync(Activity.CreateTypingActivity(), cancellationToken);
            await next(cancellationToken);
        }
    }
}
