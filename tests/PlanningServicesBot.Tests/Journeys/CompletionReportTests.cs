using PlanningServicesBot.Data.Demo;
using PlanningServicesBot.Domain.Vouchers;
using PlanningServicesBot.Tests.Support;

namespace PlanningServicesBot.Tests.Journeys;

/// <summary>Journey 3, the completion report: a reserved voucher, the form, and the domain's verdict on it.</summary>
public sealed class CompletionReportTests(DeliveryApp app) : IClassFixture<DeliveryApp>
{
    private const string FormTitle = "Completion report · ";
    private const string SubmittedTitle = "✓ Completion report submitted · ";

    // Reserved by Fabrikam on 2021-04-28 for 5 days; the refusals below leave it as it is.
    private static readonly string RefusedVoucher = DemoVouchers.CovidExtended.Number;

    /// <summary>A report the domain accepts for <see cref="RefusedVoucher"/>, before each row changes what breaks a rule.</summary>
    private static readonly Dictionary<string, string> AcceptableReport = new()
    {
        ["deliveryStart"] = "2021-04-28",
        ["deliveryEnd"] = "2021-05-03",
        ["consultant"] = "FAB-C1",
        ["offsiteDays"] = "1",
        ["completionReportDone"] = "true",
        ["customerDeliverableDone"] = "true",
        ["summary"] = "Planned the move of 300 devices to Windows 10 Enterprise.",
    };

    public static TheoryData<string, string, string> BrokenRules => new()
    {
        { "more off-site days than allowed", "offsiteDays=4", "4 off-site days is more than the 3 allowed." },
        { "the customer deliverable not confirmed", "customerDeliverableDone=false", "Please confirm that you delivered the customer's planning deliverable." },
        {
            "no deliverable confirmed", "completionReportDone=false;customerDeliverableDone=false",
            "Please confirm that you delivered the Planning Services completion report, the customer's planning deliverable."
        },
        {
            "an end before the start", "deliveryStart=2021-05-02;deliveryEnd=2021-04-30",
            "These dates don't work: the end date is before the start date (Sunday, 2 May 2021 to Friday, 30 April 2021)."
        },
        { "an end still to come", "deliveryEnd=2021-05-04", "These dates don't work: the end date is still in the future" },
        {
            "a start before the reservation", "deliveryStart=2021-04-27",
            "These dates don't work: the delivery started before the voucher was reserved (Wednesday, 28 April 2021 to Tuesday, 27 April 2021)."
        },
        { "a consultant without the exams", "consultant=FAB-C3", "Consultant FAB-C3 has not passed any of the qualifying exams" },
    };

    public static TheoryData<string, string> VouchersNotOpenToAReport => new()
    {
        { DemoVouchers.ReadyToRedeem.Number, "This voucher is delivered; this needs it to be reserved." },
        { DemoVouchers.ReservedAbroad.Number, "This voucher is not reserved by your company." },
        { DemoVouchers.RetiredEngagement.Number, "This voucher expired at the end of Friday, 4 September 2020" },
    };

    [Fact]
    public async Task AConsultantPicksAReservedVoucherFillsInTheFormAndGetsTheSubmittedCard()
    {
        var number = DemoVouchers.ReadyForCompletionReport.Number;
        var chat = app.Chat(DeliveryApp.FabrikamConsultant);

        var picker = (await chat.SubmitAsync(new { action = "CompletionReport" })).CardTitled("Submit a completion report");
        var choices = picker.Choices("vouchers");
        Assert.Contains(choices, c => c.Value == number && c.Title.Contains("report by Monday, 20 September 2021 23:59 · 140 days left", StringComparison.Ordinal));
        Assert.DoesNotContain(choices, c => c.Value == DemoVouchers.RetiredEngagement.Number);
        Assert.DoesNotContain(choices, c => c.Value == DemoVouchers.ReservedAbroad.Number);

        var form = (await chat.SubmitAsync(picker.Pressing(new { vouchers = number }))).CardTitled(FormTitle + number);
        Assert.Equal("2021-04-23", (string?)form.Input("deliveryStart")["value"]);
        Assert.Equal("2021-04-27", (string?)form.Input("deliveryEnd")["value"]);
        Assert.Equal("FAB-C1", (string?)form.Input("consultant")["value"]);

        var replies = await chat.SubmitAsync(form.Pressing(new
        {
            offsiteDays = "1",
            completionReportDone = "true",
            customerDeliverableDone = "true",
            summary = "Planned the upgrade of 40 SQL Server 2008 instances to SQL Server 2019.",
        }));

        Assert.DoesNotContain("Redeem vouchers", replies.CardTitled(SubmittedTitle + number).Buttons());
        var text = replies.Readable();
        Assert.Contains("Friday, 23 April 2021 – Tuesday, 27 April 2021", text);
        Assert.Contains("Lena Vogel (FAB-C1)", text);
        Assert.Contains("Delivered, completion report submitted", text);
        Assert.Contains("Monday, 20 September 2021 23:59 · 140 days left", text);
        var voucher = await app.VoucherAsync(number);
        Assert.Equal(VoucherState.Delivered, voucher.State);
        Assert.Equal(1, voucher.CompletionReport!.OffsiteDays);
        Assert.Equal(DeliveryApp.DemoDate, voucher.CompletionReport.SubmittedOn);
    }

    [Theory]
    [MemberData(nameof(BrokenRules))]
    public async Task AReportBreakingARuleIsRefusedInWordsAndTheFormComesBackAsEntered(string rule, string changes, string expected)
    {
        var chat = app.Chat(DeliveryApp.FabrikamAdmin);
        var form = (await chat.SayAsync($"completion report {RefusedVoucher}")).CardTitled(FormTitle + RefusedVoucher);

        var report = new Dictionary<string, string>(AcceptableReport);
        foreach (var change in changes.Split(';'))
        {
            report[change.Split('=')[0]] = change.Split('=')[1];
        }

        var replies = await chat.SubmitAsync(form.Pressing(report));

        Assert.True(replies.Readable().Contains(expected, StringComparison.Ordinal), $"{rule}: expected '{expected}' in\n{replies.Readable()}");
        Assert.Contains("Correct the form and submit it again", replies.Readable());
        var again = replies.CardTitled(FormTitle + RefusedVoucher);
        Assert.Equal(report["summary"], (string?)again.Input("summary")["value"]);
        Assert.Equal(VoucherState.Reserved, (await app.VoucherAsync(RefusedVoucher)).State);
    }

    [Theory]
    [MemberData(nameof(VouchersNotOpenToAReport))]
    public async Task AReportForAVoucherThatIsNotReservedByTheCompanyOrNoLongerLivesIsRefusedForGood(string number, string expected)
    {
        var chat = app.Chat(DeliveryApp.FabrikamConsultant);
        var form = (await chat.SayAsync($"completion report {number}")).CardTitled(FormTitle + number);

        var replies = await chat.SubmitAsync(form.Pressing(AcceptableReport));

        Assert.Contains(expected, replies.Readable());
        Assert.DoesNotContain(replies, r => r.Card() is { } card && DeliveryCardReading.TitleOf(card).StartsWith(FormTitle, StringComparison.Ordinal));
    }

    [Fact]
    public async Task AnotherPartnersVoucherShowsOnlyItsNumberOnTheForm()
    {
        var number = DemoVouchers.ReservedAbroad.Number;

        var form = (await app.Chat(DeliveryApp.FabrikamConsultant).SayAsync($"completion report {number}")).CardTitled(FormTitle + number);

        var facts = form["body"]![1]!["facts"]!.AsArray();
        Assert.Single(facts);
        Assert.Null(form.Input("deliveryStart")["value"]);
    }

    [Fact]
    public async Task MissingOrMalformedInputsAreShownUnderTheirFieldsOnTheSameCard()
    {
        var chat = app.Chat(DeliveryApp.FabrikamConsultant);
        var form = (await chat.SayAsync($"completion report {RefusedVoucher}")).CardTitled(FormTitle + RefusedVoucher);

        var replies = await chat.SubmitAsync(form.Pressing(new Dictionary<string, string>(AcceptableReport)
        {
            ["deliveryEnd"] = "",
            ["offsiteDays"] = "1.5",
            ["consultant"] = "NOT-OURS",
            ["summary"] = new string('x', 501),
        }));

        var again = replies.CardTitled(FormTitle + RefusedVoucher);
        Assert.Equal("Enter the last day of delivery.", again.ErrorUnder("deliveryEnd"));
        Assert.Equal("Enter the number of days delivered off-site, as a whole number (0 if none).", again.ErrorUnder("offsiteDays"));
        Assert.Equal("Choose the consultant who led the delivery.", again.ErrorUnder("consultant"));
        Assert.Equal("Keep the summary to 500 characters or fewer.", again.ErrorUnder("summary"));
        Assert.Null(again.ErrorUnder("deliveryStart"));
        Assert.Equal(VoucherState.Reserved, (await app.VoucherAsync(RefusedVoucher)).State);
    }

    [Fact]
    public async Task HelpWhileTheFormIsOpenShowsHelpThenTheSameForm()
    {
        var number = ReservedVoucher(0).Number.Value;
        var chat = app.Chat(DeliveryApp.FabrikamConsultant);
        var form = (await chat.SayAsync($"completion report {number}")).CardTitled(FormTitle + number);

        var replies = await chat.SayAsync("help");

        Assert.Contains("start over", replies.Readable());
        var again = replies.CardTitled(FormTitle + number);
        Assert.Equal(form.Pressing()["opId"]!.ToString(), again.Pressing()["opId"]!.ToString());
        replies = await chat.SubmitAsync(again.Pressing(await AcceptableReportForAsync(number)));
        replies.CardTitled(SubmittedTitle + number);
    }

    [Fact]
    public async Task AnotherJourneyStartedFromTheFormResumesTheFormWhenItEnds()
    {
        var number = ReservedVoucher(1).Number.Value;
        var chat = app.Chat(DeliveryApp.FabrikamAdmin);
        var form = (await chat.SayAsync($"completion report {number}")).CardTitled(FormTitle + number);

        var payments = (await chat.SubmitAsync(new { action = "Payment" })).CardTitled("Payments · Fabrikam Consulting GmbH");
        var paid = payments.Choices("voucher").First(c => c.Title.EndsWith("· paid", StringComparison.Ordinal)).Value;
        var replies = await chat.SubmitAsync(payments.Pressing(new { voucher = paid }));

        replies.CardTitled("✓ Paid · " + paid);
        var resumed = replies.CardTitled(FormTitle + number);
        Assert.Equal(form.Pressing()["opId"]!.ToString(), resumed.Pressing()["opId"]!.ToString());
        (await chat.SubmitAsync(resumed.Pressing(await AcceptableReportForAsync(number)))).CardTitled(SubmittedTitle + number);
    }

    [Fact]
    public async Task SubmittingTheSameFormTwiceSubmitsTheReportOnceAndSaysItWasAlreadyDone()
    {
        var voucher = ReservedVoucher(2);
        var number = voucher.Number.Value;
        var chat = app.Chat(DeliveryApp.FabrikamGlobalAdmin);
        var form = (await chat.SayAsync($"completion report {number}")).CardTitled(FormTitle + number);
        var submit = form.Pressing(await AcceptableReportForAsync(number));

        var first = await chat.SubmitAsync(submit);
        var second = await chat.SubmitAsync(submit);

        first.CardTitled(SubmittedTitle + number);
        second.CardTitled(SubmittedTitle + number);
        Assert.DoesNotContain("already done", first.Readable());
        Assert.Contains("That was already done; here is the result again.", second.Readable());
        Assert.Equal(voucher.Version + 1, (await app.VoucherAsync(number)).Version);
    }

    [Fact]
    public async Task AnAdminGoesFromTheSubmittedReportStraightToRedeemingTheVoucher()
    {
        var number = ReservedVoucher(4).Number.Value;
        var chat = app.Chat(DeliveryApp.FabrikamAdmin);
        var form = (await chat.SayAsync($"completion report {number}")).CardTitled(FormTitle + number);
        var submitted = (await chat.SubmitAsync(form.Pressing(await AcceptableReportForAsync(number)))).CardTitled(SubmittedTitle + number);

        var replies = await chat.SubmitAsync(submitted.Pressing(button: "Redeem vouchers"));

        replies.CardTitled($"Redeem voucher {number}?");
        Assert.Contains("✓ Submitted on Monday, 3 May 2021", replies.Readable());
    }

    [Fact]
    public async Task AFormDrawnBeforeSomeoneElseReportedTheVoucherIsRefusedAsOutOfDate()
    {
        var number = ReservedVoucher(3).Number.Value;
        var admin = app.Chat(DeliveryApp.FabrikamGlobalAdmin);
        var consultant = app.Chat(DeliveryApp.FabrikamConsultant);
        var adminForm = (await admin.SayAsync($"completion report {number}")).CardTitled(FormTitle + number);
        var consultantForm = (await consultant.SayAsync($"completion report {number}")).CardTitled(FormTitle + number);
        var report = await AcceptableReportForAsync(number);
        (await consultant.SubmitAsync(consultantForm.Pressing(report))).CardTitled(SubmittedTitle + number);

        var replies = await admin.SubmitAsync(adminForm.Pressing(new Dictionary<string, string>(report) { ["summary"] = "Another summary." }));

        Assert.Contains("This card is out of date", replies.Readable());
        Assert.Contains($"Voucher {number} is now: Delivered, completion report submitted.", replies.Readable());
        Assert.Equal(report["summary"], (await app.VoucherAsync(number)).CompletionReport!.Summary);
    }

    [Fact]
    public async Task ACustomerIsToldTheJourneyIsForPartnerUsers()
    {
        var replies = await app.Customer().SayAsync("submit a completion report");

        Assert.Contains("This is for partner users.", replies.Readable());
    }

    /// <summary>One of Fabrikam's reserved, still usable vouchers other than the well-known ones these tests use.</summary>
    private Voucher ReservedVoucher(int index) =>
        app.Seeded(
            DemoIdentities.FabrikamMpnId,
            v => v.State == VoucherState.Reserved && app.IsAlive(v)
                 && v.Number.Value != DemoVouchers.ReadyForCompletionReport.Number && v.Number.Value != RefusedVoucher,
            atLeast: 5)[index];

    /// <summary>A report the domain accepts for a reserved voucher: delivered from its reservation day to today by its consultant.</summary>
    private async Task<Dictionary<string, string>> AcceptableReportForAsync(string number)
    {
        var reservation = (await app.VoucherAsync(number)).Reservation!;
        return new Dictionary<string, string>(AcceptableReport)
        {
            ["deliveryStart"] = NodaTime.Text.LocalDatePattern.Iso.Format(reservation.ReservedOn),
            ["deliveryEnd"] = NodaTime.Text.LocalDatePattern.Iso.Format(DeliveryApp.DemoDate),
            ["consultant"] = reservation.ConsultantId,
            ["offsiteDays"] = "0",
        };
    }
}
