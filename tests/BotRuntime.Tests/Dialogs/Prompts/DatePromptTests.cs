using BotRuntime.Dialogs.Prompts;
using BotRuntime.Testing;

namespace BotRuntime.Tests.Dialogs.Prompts;

public class DatePromptTests
{
    private static readonly FixedTimeProvider LateOnSecondOfMay = new(new DateTimeOffset(2021, 5, 2, 23, 30, 0, TimeSpan.Zero));

    private static PromptOptions Ask() => new()
    {
        Prompt = MessageFactory.Text("Which date?"),
        RetryPrompt = MessageFactory.Text("A date, please (for example 2021-05-03)."),
    };

    [Theory]
    [InlineData("en-GB", "03/05/2021", 2021, 5, 3)]
    [InlineData("en-US", "03/05/2021", 2021, 3, 5)]
    [InlineData("fr-FR", "03/05/2021", 2021, 5, 3)]
    [InlineData("nl-NL", "3 mei 2021", 2021, 5, 3)]
    [InlineData("sv-SE", "2021-05-03", 2021, 5, 3)]
    [InlineData("fr-FR", "le 1er décembre 2021", 2021, 12, 1)]
    [InlineData("zh-Hans", "2021年5月3日", 2021, 5, 3)]
    public async Task DatesAreReadInTheUsersLocale(string locale, string answer, int year, int month, int day)
    {
        var (harness, results) = DialogHarness.ForPrompt(new DatePrompt("date", timeProvider: LateOnSecondOfMay), Ask(), new TestAdapter { Locale = locale });

        await harness.Flow().Send("hi").AssertReply("Which date?").Send(answer).StartTestAsync();

        Assert.Equal([new DateOnly(year, month, day)], results);
    }

    [Theory]
    [InlineData("Asia/Tokyo", 2021, 5, 4)]
    [InlineData("America/New_York", 2021, 5, 3)]
    public async Task TomorrowIsCountedFromTodayInTheUsersTimeZone(string timeZone, int year, int month, int day)
    {
        var adapter = new TestAdapter { LocalTimezone = timeZone, Clock = LateOnSecondOfMay };
        var (harness, results) = DialogHarness.ForPrompt(new DatePrompt("date", timeProvider: LateOnSecondOfMay), Ask(), adapter);

        await harness.Flow().Send("hi").Send("tomorrow").StartTestAsync();

        Assert.Equal([new DateOnly(year, month, day)], results);
    }

    [Fact]
    public async Task SomethingThatIsNotADateIsAskedAgain()
    {
        var (harness, results) = DialogHarness.ForPrompt(new DatePrompt("date", timeProvider: LateOnSecondOfMay), Ask());

        await harness.Flow()
            .Send("hi").AssertReply("Which date?")
            .Send("31/02/2021").AssertReply("A date, please (for example 2021-05-03).")
            .Send("soon").AssertReply("A date, please (for example 2021-05-03).")
            .Send("2021-05-03")
            .StartTestAsync();

        Assert.Equal([new DateOnly(2021, 5, 3)], results);
    }

    [Fact]
    public async Task TheValidatorCanRejectDatesOutsideAWindow()
    {
        var prompt = new DatePrompt("date", (context, ct) => Task.FromResult(context.Recognized.Succeeded && context.Recognized.Value.Year == 2021), timeProvider: LateOnSecondOfMay);
        var (harness, results) = DialogHarness.ForPrompt(prompt, Ask(), new TestAdapter { Clock = LateOnSecondOfMay });

        await harness.Flow()
            .Send("hi").AssertReply("Which date?")
            .Send("2023-01-01").AssertReplyContains("A date, please")
            .Send("today")
            .StartTestAsync();

        Assert.Equal([new DateOnly(2021, 5, 2)], results);
    }

    [Fact]
    public async Task AfterMaxAttemptsTheDatePromptGivesUp()
    {
        var prompt = new DatePrompt("date", timeProvider: LateOnSecondOfMay) { MaxAttempts = 2 };
        var (harness, results) = DialogHarness.ForPrompt(prompt, Ask());

        await harness.Flow()
            .Send("hi").AssertReply("Which date?")
            .Send("someday").AssertReply("A date, please (for example 2021-05-03).")
            .Send("never").AssertNoReply()
            .StartTestAsync();

        Assert.Equal([new TooManyAttempts("date", 2)], results);
    }
}
