using PlanningServicesBot.Data.Demo;
using PlanningServicesBot.Domain.Vouchers;
using PlanningServicesBot.Tests.Support;

namespace PlanningServicesBot.Tests.Journeys;

/// <summary>Journey 5, payment: redeemed vouchers by urgency, SAVB registration, the payment request and its status.</summary>
public sealed class PaymentTests(DeliveryApp app) : IClassFixture<DeliveryApp>
{
    private const string FabrikamPayments = "Payments · Fabrikam Consulting GmbH";
    private const string FormTitle = "Payment request · ";
    private const string RequestedTitle = "Payment requested · ";

    [Fact]
    public async Task ThePaymentsCardListsRedeemedVouchersMostUrgentFirstThenRequestedAndPaidOnes()
    {
        var closingThisWeek = DemoVouchers.PaymentWindowClosingThisWeek.Number;
        var closed = await WindowClosedVoucherAsync();

        var card = (await app.Chat(DeliveryApp.FabrikamAdmin).SubmitAsync(new { action = "Payment" })).CardTitled(FabrikamPayments);

        var choices = card.Choices("voucher").Select(c => c.Title).ToList();
        Assert.Equal($"{closingThisWeek} · request payment (3 days left)", choices[0]);
        var toRequest = choices.TakeWhile(c => c.Contains("· request payment", StringComparison.Ordinal)).ToList();
        var daysLeft = toRequest.TakeWhile(c => c.EndsWith("left)", StringComparison.Ordinal))
            .Select(c => int.Parse(System.Text.RegularExpressions.Regex.Match(c, @"\((\d+) days left\)").Groups[1].Value, System.Globalization.CultureInfo.InvariantCulture))
            .ToList();
        Assert.Equal(daysLeft.Order(), daysLeft);
        Assert.All(toRequest.Skip(daysLeft.Count), c => Assert.EndsWith("(window closed)", c, StringComparison.Ordinal));
        Assert.Contains($"{closed.Number.Value} · request payment (window closed)", toRequest);
        Assert.Contains(choices, c => c.EndsWith("· payment requested", StringComparison.Ordinal));
        Assert.Contains(choices, c => c.EndsWith("· paid", StringComparison.Ordinal));
        var text = card.Words();
        Assert.Contains("Request by Thursday, 6 May 2021 23:59 · 3 days left", text);
        Assert.Contains("✗ The payment request window closed at the end of", text);
        Assert.Contains("✗ Not registered in SAVB for DYDPS yet", text);
        Assert.Contains("· reference SAVB-", text);
    }

    [Fact]
    public async Task AnAdminRecordsThePaymentRequestWithItsReferenceAndSeesItsStatus()
    {
        var number = DemoVouchers.PaymentWindowClosingThisWeek.Number;
        var chat = app.Chat(DeliveryApp.FabrikamAdmin);
        var payments = (await chat.SayAsync("request payment")).CardTitled(FabrikamPayments);

        var form = (await chat.SubmitAsync(payments.Pressing(new { voucher = number }))).CardTitled(FormTitle + number);
        Assert.Contains("Thursday, 6 May 2021 23:59 · 3 days left", form.Words());
        var replies = await chat.SubmitAsync(form.Pressing(new { reference = " SAVB-2021-0503-118 " }));

        replies.CardTitled(RequestedTitle + number);
        Assert.Contains("SAVB-2021-0503-118", replies.Readable());
        Assert.Contains("Requested on", replies.Readable());
        Assert.Contains("Monday, 3 May 2021", replies.Readable());
        var voucher = await app.VoucherAsync(number);
        Assert.Equal(VoucherState.PaymentRequested, voucher.State);
        Assert.Equal("SAVB-2021-0503-118", voucher.PaymentRequest!.Reference);
    }

    [Fact]
    public async Task APaidVoucherShowsWhenItWasPaid()
    {
        var number = DemoVouchers.Paid.Number;

        var replies = await app.Chat(DeliveryApp.WoodgroveAdmin).SayAsync($"payment {number}");

        replies.CardTitled("✓ Paid · " + number);
        Assert.Contains("Paid on", replies.Readable());
        Assert.Contains("Wednesday, 28 April 2021", replies.Readable());
        Assert.Contains("SAVB-", replies.Readable());
    }

    [Fact]
    public async Task AGlobalAdminRecordsTheFirstSavbRegistrationOfAnOfferingThenRequestsPayment()
    {
        var number = DemoVouchers.SavbRegistrationPending.Number;
        var chat = app.Chat(DeliveryApp.ProsewareGlobalAdmin);

        var guidance = (await chat.SayAsync($"payment {number}")).CardTitled("Register SQL Server Deployment Planning Services (SSDPS) in SAVB first");
        Assert.Contains("Once per offering", guidance.Words());
        Assert.Contains("Only your company's Global admin", guidance.Words());
        Assert.Contains($"(✓ {number} is)", guidance.Words());
        var register = guidance.Pressing(button: "We registered in SAVB: record it");
        var replies = await chat.SubmitAsync(register);
        var repeated = await chat.SubmitAsync(register);

        Assert.Contains("✓ Recorded: Proseware KK registered SSDPS in SAVB on Monday, 3 May 2021.", replies.Readable());
        Assert.DoesNotContain("Recorded", repeated.Readable());
        Assert.Contains("nothing was done with it", repeated.Readable());
        var form = repeated.CardTitled(FormTitle + number);
        (await chat.SubmitAsync(form.Pressing(new { reference = "SAVB-PRW-0001" }))).CardTitled(RequestedTitle + number);
        Assert.NotNull((await app.PartnerAsync(DemoIdentities.ProsewareMpnId)).FindSavbRegistration("SSDPS"));

        // The same button pressed once the journey is over: the domain refuses a second registration, so nothing changes.
        var later = await app.Chat(DeliveryApp.ProsewareGlobalAdmin).SubmitAsync(register);
        Assert.Contains("That was already done", later.Readable());
        Assert.Contains("Your company registered SQL Server Deployment Planning Services (SSDPS) in SAVB on Monday, 3 May 2021 already.", later.Readable());
        later.CardTitled(FormTitle + number);
    }

    [Fact]
    public async Task AnAdminWhoIsNotGlobalAdminIsToldWhoRegistersAndTheDomainRefusesTheRequestUntilThen()
    {
        var number = UnregisteredProsewareVoucher().Number.Value;
        var chat = app.Chat(DeliveryApp.ProsewareAdmin);

        var guidance = (await chat.SayAsync($"payment {number}")).CardTitled("Register SharePoint Deployment Planning Services (SDPS) in SAVB first");
        Assert.Contains("Only your Global admin can do it: Haruto Sato.", guidance.Words());
        Assert.Equal(["Continue to the payment request"], guidance.Buttons());
        var form = (await chat.SubmitAsync(guidance.Pressing(button: "Continue to the payment request"))).CardTitled(FormTitle + number);
        var replies = await chat.SubmitAsync(form.Pressing(new { reference = "SAVB-PRW-0002" }));

        Assert.Contains(
            "Your company must register SharePoint Deployment Planning Services (SDPS) in SAVB before requesting payment. Your Global admin can do it.",
            replies.Readable());
        Assert.Equal(VoucherState.Redeemed, (await app.VoucherAsync(number)).State);
    }

    [Fact]
    public async Task ARequestAfterThePaymentWindowClosedIsRefusedWithTheLastDay()
    {
        var voucher = await WindowClosedVoucherAsync();
        var number = voucher.Number.Value;
        var chat = app.Chat(DeliveryApp.FabrikamAdmin);

        var form = (await chat.SayAsync($"payment {number}")).CardTitled(FormTitle + number);
        var replies = await chat.SubmitAsync(form.Pressing(new { reference = "SAVB-LATE-0001" }));

        var lastDay = app.Calendar.PaymentLastDay(voucher.RedeemedOn!.Value).Date;
        Assert.Contains($"The payment request window closed at the end of {DeliveryApp.LongDate(lastDay)}.", replies.Readable());
        Assert.Equal(VoucherState.Redeemed, (await app.VoucherAsync(number)).State);
    }

    [Fact]
    public async Task AVoucherNotYetRedeemedIsRefusedForItsState()
    {
        var number = DemoVouchers.ReadyToRedeem.Number;
        var chat = app.Chat(DeliveryApp.FabrikamAdmin);

        var form = (await chat.SayAsync($"payment {number}")).CardTitled(FormTitle + number);
        var replies = await chat.SubmitAsync(form.Pressing(new { reference = "SAVB-EARLY-0001" }));

        Assert.Contains("This voucher is delivered; this needs it to be redeemed.", replies.Readable());
    }

    [Fact]
    public async Task AnotherPartnersVoucherIsRefusedWithoutShowingAnythingOfIt()
    {
        var number = ProsewareRedeemedVoucher(DemoVouchers.SavbRegistrationPending.Number).Number.Value;
        var chat = app.Chat(DeliveryApp.FabrikamAdmin);

        var form = (await chat.SayAsync($"payment {number}")).CardTitled(FormTitle + number);
        var replies = await chat.SubmitAsync(form.Pressing(new { reference = "SAVB-NOTOURS-0001" }));

        Assert.Single(form["body"]![1]!["facts"]!.AsArray());
        Assert.Contains("This voucher is not reserved by your company.", replies.Readable());
    }

    [Fact]
    public async Task AConsultantIsToldWhoCanRequestPayment()
    {
        var number = (await OpenWindowVoucherAsync(DemoIdentities.FabrikamMpnId, 0)).Number.Value;
        var chat = app.Chat(DeliveryApp.FabrikamConsultant);

        var form = (await chat.SayAsync($"payment {number}")).CardTitled(FormTitle + number);
        var replies = await chat.SubmitAsync(form.Pressing(new { reference = "SAVB-CONS-0001" }));

        Assert.Contains("Only a Global admin or an MPN partner admin can do this, and you are a consultant.", replies.Readable());
        Assert.Contains("At Fabrikam Consulting GmbH, Anna Becker or Jonas Weber can do this.", replies.Readable());
        Assert.Equal(VoucherState.Redeemed, (await app.VoucherAsync(number)).State);
    }

    [Fact]
    public async Task AMissingReferenceIsAskedForUnderItsField()
    {
        var number = (await OpenWindowVoucherAsync(DemoIdentities.FabrikamMpnId, 0)).Number.Value;
        var chat = app.Chat(DeliveryApp.FabrikamAdmin);
        var form = (await chat.SayAsync($"payment {number}")).CardTitled(FormTitle + number);

        var replies = await chat.SubmitAsync(form.Pressing(new { reference = "  " }));

        Assert.Equal("Enter the reference number SAVB gave the payment request.", replies.CardTitled(FormTitle + number).ErrorUnder("reference"));
    }

    [Fact]
    public async Task RecordingTheSameRequestTwiceRecordsItOnceAndSaysItWasAlreadyDone()
    {
        var voucher = await OpenWindowVoucherAsync(DemoIdentities.FabrikamMpnId, 1);
        var number = voucher.Number.Value;
        var chat = app.Chat(DeliveryApp.FabrikamGlobalAdmin);
        var form = (await chat.SayAsync($"payment {number}")).CardTitled(FormTitle + number);
        var submit = form.Pressing(new { reference = "SAVB-TWICE-0001" });

        var first = await chat.SubmitAsync(submit);
        var second = await chat.SubmitAsync(submit);

        first.CardTitled(RequestedTitle + number);
        second.CardTitled(RequestedTitle + number);
        Assert.Contains("That was already done; here is the result again.", second.Readable());
        Assert.Equal(voucher.Version + 1, (await app.VoucherAsync(number)).Version);
    }

    [Fact]
    public async Task AFormDrawnBeforeSomeoneElseRecordedTheRequestIsRefusedAsOutOfDate()
    {
        var number = (await OpenWindowVoucherAsync(DemoIdentities.NorthwindMpnId, 0)).Number.Value;
        var first = app.Chat(DeliveryApp.NorthwindGlobalAdmin);
        var second = app.Chat(DeliveryApp.NorthwindAdmin);
        var stale = (await first.SayAsync($"payment {number}")).CardTitled(FormTitle + number);
        var fresh = (await second.SayAsync($"payment {number}")).CardTitled(FormTitle + number);
        (await second.SubmitAsync(fresh.Pressing(new { reference = "SAVB-FIRST-0001" }))).CardTitled(RequestedTitle + number);

        var replies = await first.SubmitAsync(stale.Pressing(new { reference = "SAVB-SECOND-0001" }));

        Assert.Contains("This card is out of date", replies.Readable());
        Assert.Contains($"Voucher {number} is now: Redeemed, payment requested.", replies.Readable());
        Assert.Equal("SAVB-FIRST-0001", (await app.VoucherAsync(number)).PaymentRequest!.Reference);
    }

    [Fact]
    public async Task HelpAtThePaymentRequestShowsHelpThenTheSameForm()
    {
        var number = (await OpenWindowVoucherAsync(DemoIdentities.NorthwindMpnId, 1)).Number.Value;
        var chat = app.Chat(DeliveryApp.NorthwindAdmin);
        var form = (await chat.SayAsync($"payment {number}")).CardTitled(FormTitle + number);

        var replies = await chat.SayAsync("help");

        Assert.Contains("start over", replies.Readable());
        var again = replies.CardTitled(FormTitle + number);
        Assert.Equal(form.Pressing()["opId"]!.ToString(), again.Pressing()["opId"]!.ToString());
        (await chat.SubmitAsync(again.Pressing(new { reference = "SAVB-HELP-0001" }))).CardTitled(RequestedTitle + number);
    }

    /// <summary>
    /// A voucher the partner redeemed, of an offering it registered in SAVB, whose payment window is open (other than the
    /// well-known one closing this week).
    /// </summary>
    private async Task<Voucher> OpenWindowVoucherAsync(string mpnId, int index)
    {
        var partner = await app.PartnerAsync(mpnId);
        return app.Seeded(
            mpnId,
            v => v.State == VoucherState.Redeemed && partner.FindSavbRegistration(v.Offering) is not null
                 && app.Calendar.PaymentLastDay(v.RedeemedOn!.Value).Date >= DeliveryApp.DemoDate
                 && v.Number.Value != DemoVouchers.PaymentWindowClosingThisWeek.Number,
            atLeast: index + 1)[index];
    }

    /// <summary>A Fabrikam voucher redeemed, of an offering Fabrikam registered in SAVB, whose payment window has closed.</summary>
    private async Task<Voucher> WindowClosedVoucherAsync()
    {
        var partner = await app.PartnerAsync(DemoIdentities.FabrikamMpnId);
        return app.Seeded(
            DemoIdentities.FabrikamMpnId,
            v => v.State == VoucherState.Redeemed && partner.FindSavbRegistration(v.Offering) is not null
                 && app.Calendar.PaymentLastDay(v.RedeemedOn!.Value).Date < DeliveryApp.DemoDate)[0];
    }

    /// <summary>A Proseware voucher redeemed, of an offering other than the one the Global admin test registers.</summary>
    private Voucher UnregisteredProsewareVoucher() =>
        app.Seeded(DemoIdentities.ProsewareMpnId, v => v.State == VoucherState.Redeemed && v.Offering == "SDPS")[0];

    private Voucher ProsewareRedeemedVoucher(string except) =>
        app.Seeded(DemoIdentities.ProsewareMpnId, v => v.State == VoucherState.Redeemed && v.Number.Value != except)[0];
}
