using PlanningServicesBot.Data.Demo;
using PlanningServicesBot.Domain.Calendar;
using PlanningServicesBot.Domain.Partners;
using PlanningServicesBot.Domain.Vouchers;
using PlanningServicesBot.Tests.Support;

namespace PlanningServicesBot.Tests.Journeys;

/// <summary>Cancelling a reservation in chat, through /api/messages on the demo date (Monday, 3 May 2021).</summary>
public sealed class CancelReservationTests(ReservationApp fixture) : IClassFixture<ReservationApp>
{
    private static readonly DemoVoucher CovidExtended = DemoVouchers.CovidExtended;

    [Fact]
    public async Task AGlobalAdminPicksAReservationConfirmsAndTheVoucherIsAssignedAgainWithItsOriginalLastDay()
    {
        var before = await fixture.VoucherAsync(CovidExtended.Number);
        var chat = fixture.Chat(ReservationApp.GlobalAdmin);

        var picker = (await chat.SayAsync("cancel a reservation")).LastCard();
        Assert.Contains(CovidExtended.Number, picker.ChoiceValues("vouchers"));
        Assert.Equal("false", picker.Inputs()["vouchers"]["isMultiSelect"]?.ToJsonString());

        var confirmReplies = await chat.SubmitAsync(picker.Filled(new { vouchers = CovidExtended.Number }));
        Assert.Contains($"Cancel the reservation of voucher {CovidExtended.Number}?", confirmReplies.Readable());
        Assert.Contains("keeps its last day, Saturday, 15 May 2021 (the voucher's life with the COVID-19 extension)", confirmReplies.Readable());
        var confirm = confirmReplies.LastCard().SubmitData("Cancel the reservation");
        Assert.Equal(("CancelReservation", "confirm", "2"), ((string?)confirm["action"], (string?)confirm["decision"], (string?)confirm["voucherVersion"]));

        var cancelled = (await chat.SubmitAsync(confirm)).Readable();

        Assert.Contains($"✓ Reservation of voucher {CovidExtended.Number} cancelled", cancelled);
        Assert.Contains($"Voucher {CovidExtended.Number} is Assigned again. Its last day is still Saturday, 15 May 2021, set by the voucher's life with the COVID-19 extension.", cancelled);
        Assert.Contains("Reserve by", cancelled);
        var after = await fixture.VoucherAsync(CovidExtended.Number);
        Assert.Equal((VoucherState.Assigned, null, before.Version + 1), (after.State, after.Reservation, after.Version));
        Assert.Equal(before.LastDay(ProgramCalendar.Default), after.LastDay(ProgramCalendar.Default));
    }

    [Fact]
    public async Task ThePickerListsLiveReservationsSoonestFirstThenExpiredOnesMarkedAsSuch()
    {
        await fixture.ReserveAsync(ReservationApp.Voucher(6));

        var picker = (await fixture.Chat(ReservationApp.GlobalAdmin).SayAsync("cancel a reservation")).LastCard();

        var titles = picker.ChoiceTitles("vouchers");
        var expired = titles.Select(title => title.Contains("✗ expired after", StringComparison.Ordinal)).ToList();
        Assert.Contains(titles, title => title.StartsWith($"{DemoVouchers.RetiredEngagement.Number} · Contoso Logistik GmbH · Office 365 Planning · ", StringComparison.Ordinal) && title.EndsWith("✗ expired after Friday, 4 September 2020", StringComparison.Ordinal));
        Assert.Contains($"{ReservationApp.Voucher(6)} · Contoso Reisen GmbH · Windows and Office Deployment Planning · Monday, 10 May 2021 to Friday, 14 May 2021 · last day Tuesday, 28 September 2021", titles);
        Assert.Equal(expired.OrderBy(e => e), expired);
    }

    [Fact]
    public async Task ATypedVoucherNumberGoesStraightToTheConfirmation()
    {
        var number = ReservationApp.Voucher(1);
        await fixture.ReserveAsync(number);

        var replies = await fixture.Chat(ReservationApp.GlobalAdmin).SayAsync($"cancel the reservation of {number}");

        Assert.Contains($"Cancel the reservation of voucher {number}?", replies.Readable());
        Assert.Contains("Tobias Krueger (FAB-C2)", replies.Readable());
    }

    [Fact]
    public async Task TheReservedCardsCancelButtonGoesStraightToTheConfirmation()
    {
        var number = ReservationApp.Voucher(2);
        await fixture.ReserveAsync(number);

        var replies = await fixture.Chat(ReservationApp.GlobalAdmin).SubmitAsync(new { action = "CancelReservation", voucher = number, opId = "reserved-card-1", voucherVersion = "2" });

        Assert.Contains($"Cancel the reservation of voucher {number}?", replies.Readable());
    }

    public static TheoryData<string, string, string> ReservationsThatCannotBeCancelled => new()
    {
        { "GlobalAdmin", DemoVouchers.ReservedAbroad.Number, "This voucher is not reserved by your company." },
        { "GlobalAdmin", DemoVouchers.ReadyToReserve.Number, "This voucher is assigned; this needs it to be reserved." },
        { "GlobalAdmin", "ZZZZ-ZZZZ-ZZZZ", "I couldn't find that voucher with that voucher administrator e-mail." },
        { "Consultant", DemoVouchers.ReadyForCompletionReport.Number, "Only a Global admin or an MPN partner admin can do this, and you are a consultant." },
    };

    [Theory]
    [MemberData(nameof(ReservationsThatCannotBeCancelled))]
    public async Task AReservationThatCannotBeCancelledIsRefusedWithTheDomainsReasonBeforeAnyConfirmation(string role, string number, string reason)
    {
        var chat = fixture.Chat(DemoIdentities.For(DemoIdentities.FabrikamMpnId, Enum.Parse<PartnerRole>(role)));
        await chat.StartAsync();

        var replies = await chat.SayAsync($"cancel the reservation of {number}");

        Assert.Contains($"The reservation of voucher {number} can't be cancelled:", replies.Readable());
        Assert.Contains(reason, replies.Readable());
        Assert.All(replies, reply => Assert.Null(reply.Card()));
    }

    [Fact]
    public async Task AConsultantIsToldWhoMayCancelBeforePickingAnything()
    {
        var chat = fixture.Chat(ReservationApp.Consultant);
        await chat.StartAsync();

        var replies = await chat.SayAsync("cancel a reservation");

        Assert.Contains("Only a Global admin or an MPN partner admin can do this, and you are a consultant.", replies.Readable());
        Assert.All(replies, reply => Assert.Null(reply.Card()));
    }

    [Fact]
    public async Task PickingAnotherCompanysVoucherOnThePickerIsRefusedUnderThePicker()
    {
        var chat = fixture.Chat(ReservationApp.GlobalAdmin);
        var picker = (await chat.SayAsync("cancel a reservation")).LastCard();

        var resent = (await chat.SubmitAsync(picker.Filled(new { vouchers = DemoVouchers.ReservedAbroad.Number }))).LastCard();

        Assert.Equal("This voucher is not reserved by your company.", (string?)resent.Inputs()["vouchers"]["errorMessage"]);
    }

    [Fact]
    public async Task ConfirmingTwiceCancelsOnceAndTheSecondClickIsToldItWasAlreadyDone()
    {
        var number = ReservationApp.Voucher(3);
        await fixture.ReserveAsync(number);
        var chat = fixture.Chat(ReservationApp.GlobalAdmin);
        var confirm = (await chat.SayAsync($"cancel the reservation of {number}")).LastCard().SubmitData("Cancel the reservation");

        var first = await chat.SubmitAsync(confirm);
        var afterFirst = await fixture.VoucherAsync(number);
        var second = await chat.SubmitAsync(confirm);

        Assert.DoesNotContain("already done", first.Readable());
        Assert.Contains("That was already done; here is the result again.", second.Readable());
        Assert.Equal(first.LastCard().WithoutOperationIds(), second.LastCard().WithoutOperationIds());
        Assert.Equal(afterFirst, await fixture.VoucherAsync(number));
        Assert.Equal((VoucherState.Assigned, 3L), (afterFirst.State, afterFirst.Version));
    }

    [Fact]
    public async Task AConfirmationCardDrawnBeforeTheVoucherChangedIsRefusedWithWhereItStandsNow()
    {
        var number = ReservationApp.Voucher(4);
        await fixture.ReserveAsync(number);
        var chat = fixture.Chat(ReservationApp.GlobalAdmin);
        var confirm = (await chat.SayAsync($"cancel the reservation of {number}")).LastCard().SubmitData("Cancel the reservation");
        await fixture.CancelReservationAsync(number);
        await fixture.ReserveAsync(number);

        var replies = await chat.SubmitAsync(confirm);

        Assert.Contains("This card is out of date", replies.Readable());
        Assert.Contains($"✓ Voucher {number} is reserved", replies.Readable());
        Assert.Equal((VoucherState.Reserved, 4L), ((await fixture.VoucherAsync(number)).State, (await fixture.VoucherAsync(number)).Version));
    }

    [Fact]
    public async Task KeepingTheReservationChangesNothing()
    {
        var number = ReservationApp.Voucher(5);
        await fixture.ReserveAsync(number);
        var chat = fixture.Chat(ReservationApp.GlobalAdmin);
        var confirm = (await chat.SayAsync($"cancel the reservation of {number}")).LastCard();

        var replies = await chat.SubmitAsync(confirm.SubmitData("Keep it"));

        Assert.Contains($"OK, the reservation of voucher {number} stays as it is.", replies.Readable());
        Assert.Equal((VoucherState.Reserved, 2L), ((await fixture.VoucherAsync(number)).State, (await fixture.VoucherAsync(number)).Version));
    }

    [Fact]
    public async Task HelpAtThePickerShowsHelpAndSendsThePickerAgain()
    {
        var chat = fixture.Chat(ReservationApp.GlobalAdmin);
        var picker = (await chat.SayAsync("cancel a reservation")).LastCard();

        var replies = await chat.SayAsync("help");

        Assert.Contains("show this help", replies.Readable());
        Assert.Equal(picker.ChoiceValues("vouchers"), replies.LastCard().ChoiceValues("vouchers"));
    }

    [Fact]
    public async Task ACompanyWithoutReservationsIsToldThereIsNothingToCancel()
    {
        var replies = await fixture.Chat(DemoIdentities.For(DemoIdentities.LitwareMpnId, PartnerRole.GlobalAdmin)).SayAsync("cancel a reservation");

        Assert.Contains("Your company has no reserved vouchers to cancel.", replies.Readable());
    }
}
