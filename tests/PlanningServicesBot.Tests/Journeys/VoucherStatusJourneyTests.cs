using BotRuntime.Schema;
using PlanningServicesBot.Tests.Support;

namespace PlanningServicesBot.Tests.Journeys;

public sealed class VoucherStatusJourneyTests : IAsyncLifetime
{
    private readonly BotApplication _app = new();

    public async Task InitializeAsync()
    {
        _ = _app.Server;
        await TestVouchers.IssueAsync(_app.Services);
    }

    public Task DisposeAsync()
    {
        _app.Dispose();
        return Task.CompletedTask;
    }

    [Fact]
    public async Task ANewConversationIsWelcomedWithACardNamingTheDemoDate()
    {
        var replies = await new BotConversation(_app.CreateClient()).StartAsync();

        var welcome = Assert.Single(replies);
        Assert.NotNull(welcome.Card());
        Assert.Contains("3 May 2021", replies.Readable());
        Assert.Contains("Check a voucher's status", replies.Readable());
    }

    [Fact]
    public async Task AChannelWithoutConversationUpdateIsWelcomedOnTheFirstMessage()
    {
        var replies = await new BotConversation(_app.CreateClient()).SayAsync("check a voucher");

        Assert.Contains("Planning Services assistant", replies.Readable());
        Assert.Contains("What is the voucher number?", replies.Readable());
    }

    [Fact]
    public async Task TheCustomerSeesTheStatusCardAfterGivingNumberAndAdminEmail()
    {
        var chat = new BotConversation(_app.CreateClient());
        await chat.StartAsync();

        Assert.Contains("What is the voucher number?", (await chat.SayAsync("check a voucher")).Readable());
        Assert.Contains("voucher administrator", (await chat.SayAsync(TestVouchers.Number.ToLowerInvariant())).Readable());
        var replies = await chat.SayAsync(" PM@Tailspin.example ");

        var card = Assert.Single(replies).Card();
        Assert.NotNull(card);
        var text = replies.Readable();
        Assert.Contains($"Voucher {TestVouchers.Number}", text);
        Assert.Contains("Assigned, waiting for a partner to reserve it", text);
        Assert.Contains("SharePoint Deployment Planning Services (SDPS)", text);
        Assert.Contains("Monday, 28 June 2021 23:59", text);
        Assert.Contains("56 days left", text);
        Assert.Contains("Etc/UTC", text);
    }

    [Fact]
    public async Task DeadlinesAreShownInTheUsersOwnTimeZone()
    {
        var chat = new BotConversation(_app.CreateClient(), timeZone: "Europe/Paris");

        await chat.SayAsync(TestVouchers.Number);
        var replies = await chat.SayAsync(TestVouchers.AdminEmail);

        var text = replies.Readable();
        Assert.Contains("Tuesday, 29 June 2021 01:59", text);
        Assert.Contains("Europe/Paris", text);
    }

    [Fact]
    public async Task AnUnknownNumberAndAWrongEmailGetTheSameAnswer()
    {
        var unknownNumber = new BotConversation(_app.CreateClient(), userId: "u-a");
        await unknownNumber.SayAsync("ZZZZ-ZZZZ-ZZZZ");
        var first = await unknownNumber.SayAsync(TestVouchers.AdminEmail);

        var wrongEmail = new BotConversation(_app.CreateClient(), userId: "u-b");
        await wrongEmail.SayAsync(TestVouchers.Number);
        var second = await wrongEmail.SayAsync("someone@else.example");

        Assert.Equal(first.Readable(), second.Readable());
        Assert.Contains("couldn't find a voucher", first.Readable());
    }

    [Fact]
    public async Task AFailedCheckOffersToTryAgainOrGoToTheMenuAndTryAgainAsksForTheNumberAgain()
    {
        var chat = new BotConversation(_app.CreateClient(), userId: "retrier");
        await chat.SayAsync("ZZZZ-ZZZZ-ZZZZ");
        var failed = Assert.Single(await chat.SayAsync(TestVouchers.AdminEmail));

        var actions = failed.SuggestedActions?.Actions ?? [];
        Assert.Equal(["Try again", "Main menu"], actions.Select(a => a.Title));
        Assert.All(actions, a => Assert.Equal(ActionTypes.MessageBack, a.Type));
        Assert.Equal(["VoucherStatus", "Menu"], actions.Select(a => a.Value!.Value.GetProperty("action").GetString()));

        // As Web Chat posts a messageBack: the button's text and its value.
        var tryAgain = await chat.PostAsync(new Activity { Type = ActivityTypes.Message, Text = actions[0].Text, Value = actions[0].Value });
        Assert.Contains("What is the voucher number?", tryAgain.Readable());
        await chat.SayAsync(TestVouchers.Number);
        Assert.Contains($"Voucher {TestVouchers.Number}", (await chat.SayAsync(TestVouchers.AdminEmail)).Readable());
    }

    [Fact]
    public async Task FiveFailuresWithinFifteenMinutesLockTheUserOutOfChecks()
    {
        var chat = new BotConversation(_app.CreateClient(), userId: "prober");
        for (var attempt = 1; attempt <= 4; attempt++)
        {
            await chat.SayAsync($"ZZZZ-ZZZZ-000{attempt}");
            Assert.Contains("couldn't find a voucher", (await chat.SayAsync(TestVouchers.AdminEmail)).Readable());
        }

        await chat.SayAsync("ZZZZ-ZZZZ-0005");
        Assert.Contains("paused until", (await chat.SayAsync(TestVouchers.AdminEmail)).Readable());

        // Even the right details are refused while locked out, without asking for them.
        var locked = await chat.SayAsync(TestVouchers.Number);
        Assert.Contains("paused until", locked.Readable());
        Assert.DoesNotContain("voucher administrator", locked.Readable());
    }

    [Fact]
    public async Task ALockOutIsPerUser()
    {
        var prober = new BotConversation(_app.CreateClient(), userId: "prober-2");
        for (var attempt = 1; attempt <= 5; attempt++)
        {
            await prober.SayAsync($"ZZZZ-ZZZZ-000{attempt}");
            await prober.SayAsync(TestVouchers.AdminEmail);
        }

        var someoneElse = new BotConversation(_app.CreateClient(), userId: "customer-2");
        await someoneElse.SayAsync(TestVouchers.Number);
        Assert.Contains($"Voucher {TestVouchers.Number}", (await someoneElse.SayAsync(TestVouchers.AdminEmail)).Readable());
    }

    [Fact]
    public async Task AMalformedNumberIsAskedForAgainWithTheExpectedFormat()
    {
        var chat = new BotConversation(_app.CreateClient());
        await chat.SayAsync("check a voucher");

        var replies = await chat.SayAsync("12345");

        Assert.Contains("three groups of four", replies.Readable());
    }

    [Fact]
    public async Task ACardSubmitIsNotTakenForAnEmptyAnswer()
    {
        var chat = new BotConversation(_app.CreateClient());
        await chat.SayAsync("check a voucher");

        var replies = await chat.SubmitAsync(new { unrelated = "x" });

        Assert.Contains("three groups of four", replies.Readable());
        Assert.Contains("voucher administrator", (await chat.SayAsync(TestVouchers.Number)).Readable());
    }

    [Fact]
    public async Task HelpInTheMiddleOfTheCheckShowsHelpAndAsksTheQuestionAgain()
    {
        var chat = new BotConversation(_app.CreateClient());
        await chat.SayAsync(TestVouchers.Number);

        var replies = await chat.SayAsync("help");

        Assert.Contains("start over", replies.Readable());
        Assert.Contains("voucher administrator", replies.Last().Text);
        Assert.Contains($"Voucher {TestVouchers.Number}", (await chat.SayAsync(TestVouchers.AdminEmail)).Readable());
    }

    [Fact]
    public async Task CancelStopsTheCheckAndShowsTheMenu()
    {
        var chat = new BotConversation(_app.CreateClient());
        await chat.SayAsync("check a voucher");

        var replies = await chat.SayAsync("cancel");

        Assert.Contains("I've stopped", replies.Readable());
        Assert.Contains("Main menu", replies.Readable());
        Assert.Contains("didn't understand", (await chat.SayAsync(TestVouchers.AdminEmail)).Readable());
    }

    [Fact]
    public async Task TheMenuButtonStartsTheCheck()
    {
        var chat = new BotConversation(_app.CreateClient());
        await chat.StartAsync();

        var replies = await chat.SubmitAsync(new { action = "VoucherStatus" });

        Assert.Contains("What is the voucher number?", replies.Readable());
    }
}
