using PlanningServicesBot.Data.Demo;
using PlanningServicesBot.Domain.Partners;
using PlanningServicesBot.Tests.Support;

namespace PlanningServicesBot.Tests.Journeys;

public sealed class MyVouchersTests(BotApplicationFixture fixture) : IClassFixture<BotApplicationFixture>
{
    private async Task<BotConversation> AsAsync(PartnerRole role, string mpnId = DemoIdentities.FabrikamMpnId, string? timeZone = null)
    {
        var chat = BotConversation.As(fixture.App.CreateClient(), DemoIdentities.TenantId, DemoIdentities.For(mpnId, role).AadObjectId, timeZone: timeZone);
        await chat.StartAsync();
        return chat;
    }

    [Theory]
    [InlineData(PartnerRole.GlobalAdmin)]
    [InlineData(PartnerRole.MpnPartnerAdmin)]
    [InlineData(PartnerRole.Consultant)]
    public async Task EveryPartnerUserSeesTheCompanysVouchersGroupedByNextAction(PartnerRole role)
    {
        var replies = await (await AsAsync(role)).SubmitAsync(new { action = "MyVouchers" });

        var text = replies.Readable();
        Assert.Contains("Fabrikam Consulting GmbH: vouchers", text);
        Assert.Contains("To redeem (", text);
        Assert.Contains(DemoVouchers.ReadyToRedeem.Number, text);
        Assert.Contains("days left", text);
    }

    [Fact]
    public async Task TheListShowsOnlyTheUsersOwnCompanysVouchers()
    {
        var replies = await (await AsAsync(PartnerRole.GlobalAdmin, DemoIdentities.ProsewareMpnId)).SubmitAsync(new { action = "MyVouchers" });

        Assert.DoesNotContain(DemoVouchers.ReadyToRedeem.Number, replies.Readable());
    }

    [Fact]
    public async Task TheMostUrgentVoucherOfAGroupComesFirst()
    {
        var card = Assert.Single(await (await AsAsync(PartnerRole.GlobalAdmin)).SubmitAsync(new { action = "MyVouchers" })).Card()!;

        foreach (var group in card["body"]!.AsArray().Where(e => e!["type"]!.GetValue<string>() == "Container"))
        {
            var daysLeft = group!["items"]!.AsArray()
                .Where(i => i!["type"]!.GetValue<string>() == "ColumnSet")
                .Select(row => row!["columns"]![1]!["items"]![0]!["text"]!.GetValue<string>())
                .Select(left => int.TryParse(left.Split(' ')[0], out var n) ? n : left.StartsWith("last day", StringComparison.Ordinal) ? 0 : int.MaxValue)
                .ToList();
            Assert.Equal(daysLeft.Order().ToList(), daysLeft);
        }
    }

    [Fact]
    public async Task CustomersAreToldTheListIsForPartners()
    {
        var replies = await new BotConversation(fixture.App.CreateClient()).SubmitAsync(new { action = "MyVouchers" });

        Assert.Contains("This is for partner users", replies.Readable());
    }

    [Fact]
    public async Task SelectingAVoucherOpensItsTimelineWithTheEightSteps()
    {
        var chat = await AsAsync(PartnerRole.Consultant);

        var replies = await chat.SubmitAsync(new { action = "VoucherDeadlines", voucher = DemoVouchers.ReadyToRedeem.Number });

        var text = replies.Readable();
        Assert.Contains($"Voucher {DemoVouchers.ReadyToRedeem.Number}", text);
        for (var step = 1; step <= 8; step++)
        {
            Assert.Contains($"{step}. ", text);
        }

        Assert.Contains("✓", text);
        Assert.Contains("➜", text);
        Assert.Contains("Now: by", text);
        Assert.Contains("Redeem the voucher", text);
    }

    [Fact]
    public async Task AQuestionNamingAVoucherAnswersWithItsTimelineInTheUsersZone()
    {
        var chat = await AsAsync(PartnerRole.GlobalAdmin, timeZone: "Asia/Tokyo");

        var replies = await chat.SayAsync($"When must I redeem {DemoVouchers.ReadyToRedeem.Number.ToLowerInvariant()}?");

        Assert.Contains($"Voucher {DemoVouchers.ReadyToRedeem.Number}", replies.Readable());
        Assert.Contains("08:59", replies.Readable());
        Assert.Contains("Asia/Tokyo", replies.Readable());
    }

    [Fact]
    public async Task AnotherCompanysVoucherIsAnsweredLikeAnUnknownOne()
    {
        var chat = await AsAsync(PartnerRole.GlobalAdmin, DemoIdentities.ProsewareMpnId);

        var theirs = await chat.SayAsync($"when must I redeem {DemoVouchers.ReadyToRedeem.Number}");
        var unknown = await chat.SayAsync("when must I redeem ZZZZ-ZZZZ-ZZZZ");

        Assert.Contains("has no voucher", theirs.Readable());
        Assert.Equal(theirs.Readable().Replace(DemoVouchers.ReadyToRedeem.Number, "X"), unknown.Readable().Replace("ZZZZ-ZZZZ-ZZZZ", "X"));
    }

    [Fact]
    public async Task AskingForDeadlinesWithoutANumberAsksForIt()
    {
        var chat = await AsAsync(PartnerRole.GlobalAdmin);

        Assert.Contains("Which voucher?", (await chat.SayAsync("what are the deadlines?")).Readable());
        Assert.Contains($"Voucher {DemoVouchers.ReadyToRedeem.Number}", (await chat.SayAsync(DemoVouchers.ReadyToRedeem.Number)).Readable());
    }

    [Fact]
    public async Task ACustomerAskingAboutAVoucherIsTakenToTheStatusCheck()
    {
        var chat = new BotConversation(fixture.App.CreateClient());
        await chat.StartAsync();

        var replies = await chat.SayAsync($"when must I redeem {DemoVouchers.StatusCheck.Number}?");

        Assert.Contains("voucher administrator", replies.Readable());
        Assert.Contains($"Voucher {DemoVouchers.StatusCheck.Number}", (await chat.SayAsync(DemoVouchers.StatusCheck.AdminEmail)).Readable());
    }
}
