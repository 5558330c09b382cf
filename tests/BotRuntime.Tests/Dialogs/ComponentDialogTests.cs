using BotRuntime.Dialogs;
using BotRuntime.Dialogs.Prompts;

namespace BotRuntime.Tests.Dialogs;

public class ComponentDialogTests
{
    [Fact]
    public async Task AComponentRunsItsInnerDialogsAndEndsWithTheirResult()
    {
        var booking = new BookingDialog();
        var main = new WaterfallDialog("main",
        [
            (step, ct) => step.BeginDialogAsync(booking.Id, null, ct),
            async (step, ct) =>
            {
                await step.Context.SendActivityAsync($"Booked: {step.Result}", cancellationToken: ct);
                return await step.EndDialogAsync(step.Result, ct);
            },
        ]);
        var harness = new DialogHarness(new ComponentDialog("root").AddDialog(main).AddDialog(booking));

        await harness.Flow()
            .Send("hi").AssertReply("Where to?")
            .Send("Paris").AssertReply("When?")
            .Send("Monday").AssertReply("Booked: Paris on Monday")
            .StartTestAsync();

        Assert.Equal(new DialogTurnResult(DialogTurnStatus.Complete, "Paris on Monday"), harness.TurnResults[^1]);
    }

    [Fact]
    public async Task TheInitialDialogIsTheFirstAddedUnlessSet()
    {
        var component = new ComponentDialog("component")
            .AddDialog(Say("first"))
            .AddDialog(Say("second"));
        var chosen = new ComponentDialog("component") { InitialDialogId = "second" }
            .AddDialog(Say("first"))
            .AddDialog(Say("second"));

        await new DialogHarness(component).Flow().Send("hi").AssertReply("first").StartTestAsync();
        await new DialogHarness(chosen).Flow().Send("hi").AssertReply("second").StartTestAsync();
    }

    [Fact]
    public async Task TheInnerStackIsKeptUnderDialogsInTheComponentsState()
    {
        var harness = new DialogHarness(new BookingDialog());

        await harness.Flow().Send("hi").AssertReply("Where to?").StartTestAsync();

        var stored = (await harness.Storage.ReadAsync(["test/conversations/convo1"]))["test/conversations/convo1"].Value;
        var outer = stored.GetProperty("DialogState").GetProperty("dialogStack")[0];
        var inner = outer.GetProperty("state").GetProperty("dialogs").GetProperty("dialogStack");
        Assert.Equal("booking", outer.GetProperty("id").GetString());
        Assert.Equal(["destination", "steps"], inner.EnumerateArray().Select(i => i.GetProperty("id").GetString()));
    }

    [Fact]
    public async Task HelpIsAnsweredWithoutMovingTheDialogOn()
    {
        await new DialogHarness(new BookingDialog()).Flow()
            .Send("hi").AssertReply("Where to?")
            .Send("help").AssertReply("Help: answer the question, or say cancel.")
            .AssertNoReply()
            .Send("Rome").AssertReply("When?")
            .StartTestAsync();
    }

    [Fact]
    public async Task CancelEndsTheInnerDialogsAndTheComponent()
    {
        var booking = new BookingDialog();
        var main = new WaterfallDialog("main",
        [
            (step, ct) => step.BeginDialogAsync(booking.Id, null, ct),
            async (step, ct) =>
            {
                await step.Context.SendActivityAsync($"Booking ended with {step.Result ?? "nothing"}.", cancellationToken: ct);
                return await step.EndDialogAsync(null, ct);
            },
        ]);
        var harness = new DialogHarness(new ComponentDialog("root").AddDialog(main).AddDialog(booking));

        await harness.Flow()
            .Send("hi").AssertReply("Where to?")
            .Send("Paris").AssertReply("When?")
            .Send("cancel").AssertReply("Cancelling.").AssertReply("Booking ended with nothing.")
            .StartTestAsync();

        Assert.Equal(DialogTurnStatus.Complete, harness.TurnResults[^1].Status);
        Assert.Empty((await harness.DialogState.GetAsync(new TurnContext(harness.Adapter, harness.Adapter.MakeActivity())))?.DialogStack ?? []);
    }

    [Fact]
    public async Task AnInnerDialogCanCancelItsParentsToo()
    {
        var component = new ComponentDialog("component").AddDialog(new WaterfallDialog("steps",
        [
            (step, ct) => Task.FromResult(Dialog.EndOfTurn),
            (step, ct) => step.CancelAllDialogsAsync(cancelParents: true, ct),
        ]));
        var harness = new DialogHarness(component);

        await harness.Flow().Send("hi").Send("stop").StartTestAsync();

        Assert.Equal(DialogTurnStatus.Cancelled, harness.TurnResults[^1].Status);
    }

    [Fact]
    public async Task TheChildContextShowsTheInnerStack()
    {
        var booking = new BookingDialog();
        var client = new BotRuntime.Testing.DialogTestClient("test", booking);

        await client.SendActivityAsync("hi");

        Assert.Equal("booking", client.DialogContext!.ActiveDialog!.Id);
        Assert.Equal("destination", client.DialogContext.Child!.ActiveDialog!.Id);
    }

    private static WaterfallDialog Say(string text) => new(text,
    [
        async (step, ct) =>
        {
            await step.Context.SendActivityAsync(text, cancellationToken: ct);
            return await step.EndDialogAsync(null, ct);
        },
    ]);

    private sealed class BookingDialog : CancelAndHelpDialog
    {
        public BookingDialog()
            : base("booking")
        {
            AddDialog(new WaterfallDialog("steps", [DestinationStepAsync, DateStepAsync, FinalStepAsync]));
            AddDialog(new TextPrompt("destination"));
            AddDialog(new TextPrompt("date"));
        }

        private static Task<DialogTurnResult> DestinationStepAsync(WaterfallStepContext step, CancellationToken ct) =>
            step.BeginDialogAsync("destination", new PromptOptions { Prompt = MessageFactory.Text("Where to?") }, ct);

        private static Task<DialogTurnResult> DateStepAsync(WaterfallStepContext step, CancellationToken ct)
        {
            step.Values["destination"] = (string)step.Result!;
            return step.BeginDialogAsync("date", new PromptOptions { Prompt = MessageFactory.Text("When?") }, ct);
        }

        private static Task<DialogTurnResult> FinalStepAsync(WaterfallStepContext step, CancellationToken ct) =>
            step.EndDialogAsync($"{step.Values["destination"]} on {step.Result}", ct);
    }
}
