using PlanningServicesBot.Data.Demo;
using PlanningServicesBot.Domain.Vouchers;
using PlanningServicesBot.Tests.Support;

namespace PlanningServicesBot.Tests.Journeys;

/// <summary>Journey 4, redemption: delivered vouchers, a confirmation, and each voucher redeemed or refused on its own.</summary>
public sealed class RedeemTests(DeliveryApp app) : IClassFixture<DeliveryApp>
{
    private const string PickerTitle = "Redeem vouchers";

    public static TheoryData<string, string[]> VouchersTheDomainWillNotRedeem => new()
    {
        {
            DemoVouchers.ReadyForCompletionReport.Number,
            ["The completion report has not been submitted yet. Submit it before redeeming."]
        },
        { DemoVouchers.ReservedAbroad.Number, ["This voucher is not reserved by your company."] },
        { DemoVouchers.Paid.Number, ["This voucher is not reserved by your company."] },
        { DemoVouchers.Expired.Number, ["This voucher is assigned; this needs it to be delivered.", "Redemption closed at the end of"] },
    };

    [Fact]
    public async Task AnOpenAndAClosedVoucherRedeemedTogetherRedeemTheOneAndSayWhyNotTheOther()
    {
        var open = DemoVouchers.ReadyToRedeem.Number;
        var closed = ClosedVoucher();
        var chat = app.Chat(DeliveryApp.FabrikamAdmin);

        var picker = (await chat.SubmitAsync(new { action = "Redeem" })).CardTitled(PickerTitle);
        var choices = picker.Choices("vouchers");
        Assert.Contains(choices, c => c.Value == open && c.Title.Contains("redeem by Wednesday, 22 September 2021 23:59 · 142 days left", StringComparison.Ordinal));
        Assert.Contains(choices, c => c.Value == closed.Number.Value && c.Title.Contains("✗ redemption closed at the end of", StringComparison.Ordinal));
        Assert.True(choices.ToList().FindIndex(c => c.Value == open) < choices.ToList().FindIndex(c => c.Value == closed.Number.Value));

        var confirm = (await chat.SubmitAsync(picker.Pressing(new { vouchers = $"{open},{closed.Number.Value}" }))).CardTitled("Redeem these 2 vouchers?");
        Assert.Contains(confirm.Pressing()["vouchers"]!.ToString(), $"{open},{closed.Number.Value}");
        var replies = await chat.SubmitAsync(confirm.Pressing(button: "Redeem"));

        replies.CardTitled("Redeemed 1 of 2 vouchers");
        var text = replies.Readable();
        Assert.Contains("✓ Redeemed. Request payment in SAVB by:", text);
        Assert.Contains("Friday, 2 July 2021 23:59 · 60 days left", text);
        Assert.Contains("✗ Not redeemed", text);
        var lastDay = closed.LastDay(app.Calendar);
        Assert.Contains($"Redemption closed at the end of {DeliveryApp.LongDate(lastDay.Date)} (set by the voucher's 180-day life).", text);
        var redeemed = await app.VoucherAsync(open);
        Assert.Equal(VoucherState.Redeemed, redeemed.State);
        Assert.Equal(DeliveryApp.DemoDate, redeemed.RedeemedOn);
        Assert.Equal(VoucherState.Delivered, (await app.VoucherAsync(closed.Number.Value)).State);
    }

    [Fact]
    public async Task ThePaymentDeadlineIsShownInTheUsersTimeZone()
    {
        var number = OpenVoucher(0).Number.Value;
        var chat = app.Chat(DeliveryApp.FabrikamGlobalAdmin, timeZone: "Europe/Berlin");

        var confirm = (await chat.SayAsync($"redeem {number}")).CardTitled($"Redeem voucher {number}?");
        var replies = await chat.SubmitAsync(confirm.Pressing(button: "Redeem"));

        replies.CardTitled($"✓ Voucher {number} redeemed");
        Assert.Contains("Saturday, 3 July 2021 01:59 · 60 days left", replies.Readable());
        Assert.Contains("Europe/Berlin", replies.Readable());
    }

    [Theory]
    [MemberData(nameof(VouchersTheDomainWillNotRedeem))]
    public async Task AVoucherTheDomainWillNotRedeemIsRefusedWithEveryReason(string number, string[] reasons)
    {
        var chat = app.Chat(DeliveryApp.FabrikamAdmin);
        var confirm = (await chat.SayAsync($"redeem {number}")).CardTitled($"Redeem voucher {number}?");

        var replies = await chat.SubmitAsync(confirm.Pressing(button: "Redeem"));

        replies.CardTitled("✗ No voucher was redeemed");
        foreach (var reason in reasons)
        {
            Assert.True(replies.Readable().Contains(reason, StringComparison.Ordinal), $"Expected '{reason}' in\n{replies.Readable()}");
        }
    }

    [Fact]
    public async Task TheConfirmationShowsTheFactsOfTheCompanysOwnVouchersOnly()
    {
        var chat = app.Chat(DeliveryApp.FabrikamAdmin);

        var own = (await chat.SayAsync($"redeem {DemoVouchers.ReadyForCompletionReport.Number}")).Readable();
        var others = (await app.Chat(DeliveryApp.FabrikamAdmin).SayAsync($"redeem {DemoVouchers.ReservedAbroad.Number}")).Readable();

        Assert.Contains("✗ Not submitted yet", own);
        Assert.Contains("SQL Server Deployment Planning Services (SSDPS), 5 days", own);
        Assert.Contains(DemoVouchers.ReservedAbroad.Number, others);
        Assert.DoesNotContain("Offering", others);
        Assert.DoesNotContain("Customer", others);
    }

    [Fact]
    public async Task AConsultantIsNotOfferedRedemptionAndIsToldWhoCanRedeem()
    {
        var number = OpenVoucher(1).Number.Value;
        var chat = app.Chat(DeliveryApp.FabrikamConsultant);

        var menu = (await chat.SayAsync("menu")).Readable();
        var confirm = (await chat.SayAsync($"redeem {number}")).CardTitled($"Redeem voucher {number}?");
        var replies = await chat.SubmitAsync(confirm.Pressing(button: "Redeem"));

        Assert.Contains("Submit a completion report", menu);
        Assert.DoesNotContain("Redeem vouchers", menu);
        Assert.DoesNotContain("Payments", menu);
        Assert.Contains("Only a Global admin or an MPN partner admin can do this, and you are a consultant.", replies.Readable());
        Assert.Contains("At Fabrikam Consulting GmbH, Anna Becker or Jonas Weber can do this.", replies.Readable());
        Assert.Equal(VoucherState.Delivered, (await app.VoucherAsync(number)).State);
    }

    [Fact]
    public async Task ConfirmingTheSameCardTwiceRedeemsOnceAndSaysItWasAlreadyDone()
    {
        var voucher = OpenVoucher(2);
        var number = voucher.Number.Value;
        var chat = app.Chat(DeliveryApp.FabrikamAdmin);
        var confirm = (await chat.SayAsync($"redeem {number}")).CardTitled($"Redeem voucher {number}?");

        var first = await chat.SubmitAsync(confirm.Pressing(button: "Redeem"));
        var second = await chat.SubmitAsync(confirm.Pressing(button: "Redeem"));

        first.CardTitled($"✓ Voucher {number} redeemed");
        second.CardTitled($"✓ Voucher {number} redeemed");
        Assert.DoesNotContain("already done", first.Readable());
        Assert.Contains("That was already done; here is the result again.", second.Readable());
        Assert.Equal(voucher.Version + 1, (await app.VoucherAsync(number)).Version);
    }

    [Fact]
    public async Task AConfirmationDrawnBeforeSomeoneElseRedeemedTheVoucherIsRefusedAsOutOfDate()
    {
        var number = OpenVoucher(3).Number.Value;
        var first = app.Chat(DeliveryApp.FabrikamGlobalAdmin);
        var second = app.Chat(DeliveryApp.FabrikamAdmin);
        var stale = (await first.SayAsync($"redeem {number}")).CardTitled($"Redeem voucher {number}?");
        var fresh = (await second.SayAsync($"redeem {number}")).CardTitled($"Redeem voucher {number}?");
        (await second.SubmitAsync(fresh.Pressing(button: "Redeem"))).CardTitled($"✓ Voucher {number} redeemed");

        var replies = await first.SubmitAsync(stale.Pressing(button: "Redeem"));

        replies.CardTitled("✗ No voucher was redeemed");
        Assert.Contains("This card is out of date", replies.Readable());
        Assert.Contains($"Voucher {number} is now: Redeemed.", replies.Readable());
    }

    [Fact]
    public async Task HelpAtTheConfirmationShowsHelpThenTheSameConfirmation()
    {
        var number = OpenVoucher(4).Number.Value;
        var chat = app.Chat(DeliveryApp.FabrikamAdmin);
        var confirm = (await chat.SayAsync($"redeem {number}")).CardTitled($"Redeem voucher {number}?");

        var replies = await chat.SayAsync("help");

        Assert.Contains("start over", replies.Readable());
        var again = replies.CardTitled($"Redeem voucher {number}?");
        Assert.Equal(confirm.Pressing()["opId"]!.ToString(), again.Pressing()["opId"]!.ToString());
        (await chat.SubmitAsync(again.Pressing(button: "Redeem"))).CardTitled($"✓ Voucher {number} redeemed");
    }

    [Fact]
    public async Task DecliningTheConfirmationRedeemsNothing()
    {
        var number = OpenVoucher(1).Number.Value;
        var chat = app.Chat(DeliveryApp.FabrikamAdmin);
        var confirm = (await chat.SayAsync($"redeem {number}")).CardTitled($"Redeem voucher {number}?");

        var replies = await chat.SubmitAsync(confirm.Pressing(button: "Don't redeem"));

        Assert.Contains("Main menu", replies.Readable());
        Assert.Equal(VoucherState.Delivered, (await app.VoucherAsync(number)).State);
    }

    [Fact]
    public async Task APickerSubmittedWithoutAVoucherAsksAgain()
    {
        var chat = app.Chat(DeliveryApp.FabrikamAdmin);
        var picker = (await chat.SayAsync("redeem")).CardTitled(PickerTitle);

        var replies = await chat.SubmitAsync(picker.Pressing(new { vouchers = "" }));

        Assert.Equal("Choose at least one voucher.", replies.CardTitled(PickerTitle).ErrorUnder("vouchers"));
    }

    [Fact]
    public async Task APickerAnsweredWronglyFiveTimesEndsTheJourneyPolitely()
    {
        var chat = app.Chat(DeliveryApp.FabrikamAdmin);
        var picker = (await chat.SayAsync("redeem")).CardTitled(PickerTitle);

        IReadOnlyList<BotRuntime.Schema.Activity> replies = [];
        for (var attempt = 1; attempt <= 5; attempt++)
        {
            replies = await chat.SubmitAsync(picker.Pressing(new { vouchers = "ZZZZ-ZZZZ-ZZZZ" }));
        }

        Assert.Contains("Let's leave it there for now.", replies.Readable());
        Assert.Contains("didn't understand", (await chat.SubmitAsync(picker.Pressing(new { vouchers = DemoVouchers.ReadyToRedeem.Number }))).Readable());
    }

    /// <summary>A Fabrikam voucher delivered and still redeemable, other than the well-known one.</summary>
    private Voucher OpenVoucher(int index) =>
        app.Seeded(
            DemoIdentities.FabrikamMpnId,
            v => v.State == VoucherState.Delivered && app.IsAlive(v) && v.Number.Value != DemoVouchers.ReadyToRedeem.Number,
            atLeast: 5)[index];

    /// <summary>A Fabrikam voucher delivered but no longer redeemable: its last day has passed.</summary>
    private Voucher ClosedVoucher() =>
        app.Seeded(DemoIdentities.FabrikamMpnId, v => v.State == VoucherState.Delivered && !app.IsAlive(v))[0];
}
