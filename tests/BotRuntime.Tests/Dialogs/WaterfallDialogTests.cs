using System.Text.Json;
using System.Text.Json.Nodes;
using BotRuntime.Dialogs;
using BotRuntime.Schema;
using BotRuntime.State;

namespace BotRuntime.Tests.Dialogs;

public class WaterfallDialogTests
{
    [Fact]
    public async Task StepsRunInOrderAndEachWaitsForTheUsersReply()
    {
        var waterfall = new WaterfallDialog("steps",
        [
            async (step, ct) =>
            {
                await step.Context.SendActivityAsync("step 1", cancellationToken: ct);
                return Dialog.EndOfTurn;
            },
            async (step, ct) =>
            {
                await step.Context.SendActivityAsync($"step 2 got {step.Result}", cancellationToken: ct);
                return Dialog.EndOfTurn;
            },
            async (step, ct) =>
            {
                await step.Context.SendActivityAsync($"step 3 got {step.Result}", cancellationToken: ct);
                return await step.EndDialogAsync("done", ct);
            },
        ]);
        var harness = new DialogHarness(waterfall);

        await harness.Flow()
            .Send("hi").AssertReply("step 1")
            .Send("a").AssertReply("step 2 got a")
            .Send("b").AssertReply("step 3 got b")
            .StartTestAsync();

        Assert.Equal(
            [DialogTurnStatus.Waiting, DialogTurnStatus.Waiting, DialogTurnStatus.Complete],
            harness.TurnResults.Select(r => r.Status));
        Assert.Equal("done", harness.TurnResults[^1].Result);
    }

    [Fact]
    public async Task EachRunOfAWaterfallHasItsOwnInstanceIdOf32HexDigits()
    {
        var seen = new List<string>();
        IStatePropertyAccessor<DialogState>? dialogState = null;
        var waterfall = new WaterfallDialog("steps",
        [
            async (step, ct) =>
            {
                var stack = (await dialogState!.GetAsync(step.Context, () => new DialogState(), ct)).DialogStack;
                seen.Add((string)stack[0].State["instanceId"]!);
                return await step.EndDialogAsync(null, ct);
            },
        ]);
        var harness = new DialogHarness(waterfall);
        dialogState = harness.DialogState;

        await harness.Flow().Send("a").Send("b").Send("c").StartTestAsync();

        Assert.Equal(3, seen.Distinct().Count());
        Assert.All(seen, id => Assert.Matches("^[0-9a-f]{32}$", id));
    }

    [Fact]
    public async Task NextRunsTheFollowingStepAtOnceWithItsResult()
    {
        var waterfall = new WaterfallDialog("steps",
        [
            (step, ct) => step.NextAsync(41, ct),
            async (step, ct) =>
            {
                await step.Context.SendActivityAsync($"got {(int)step.Result! + 1} in step {step.Index}", cancellationToken: ct);
                return await step.EndDialogAsync(null, ct);
            },
        ]);

        await new DialogHarness(waterfall).Flow().Send("hi").AssertReply("got 42 in step 1").StartTestAsync();
    }

    [Fact]
    public async Task AfterTheLastStepTheDialogEndsWithTheLastResult()
    {
        var waterfall = new WaterfallDialog("steps", [(step, ct) => step.NextAsync("last", ct)]);
        var harness = new DialogHarness(waterfall);

        await harness.Flow().Send("hi").StartTestAsync();

        Assert.Equal(new DialogTurnResult(DialogTurnStatus.Complete, "last"), harness.TurnResults.Single());
    }

    [Fact]
    public async Task ValuesAreSharedByTheStepsAcrossTurns()
    {
        var waterfall = new WaterfallDialog("steps",
        [
            (step, ct) =>
            {
                step.Values["visits"] = new JsonArray("first");
                step.Values["profile"] = JsonSerializer.SerializeToNode(new Profile("Ana", 3), BotJson.Options);
                return Task.FromResult(Dialog.EndOfTurn);
            },
            async (step, ct) =>
            {
                var profile = step.Values["profile"].Deserialize<Profile>(BotJson.Options)!;
                step.Values["visits"]!.AsArray().Add(step.Result);
                await step.Context.SendActivityAsync($"{profile.Name} ({profile.Seats}): {step.Values["visits"]!.ToJsonString()}", cancellationToken: ct);
                return await step.EndDialogAsync(null, ct);
            },
        ]);

        await new DialogHarness(waterfall).Flow()
            .Send("hi")
            .Send("second")
            .AssertReply("Ana (3): [\"first\",\"second\"]")
            .StartTestAsync();
    }

    [Fact]
    public async Task EveryStepSeesTheOptionsTheDialogWasBegunWith()
    {
        var seen = new List<Profile?>();
        var waterfall = new WaterfallDialog("steps",
        [
            (step, ct) =>
            {
                seen.Add(step.GetOptions<Profile>());
                return Task.FromResult(Dialog.EndOfTurn);
            },
            (step, ct) =>
            {
                seen.Add(step.GetOptions<Profile>());
                return step.EndDialogAsync(null, ct);
            },
        ]);
        var root = new WaterfallDialog("root", [(step, ct) => step.BeginDialogAsync("steps", new Profile("Bo", 2), ct)]);
        var harness = new DialogHarness(new ComponentDialog("root-component").AddDialog(root).AddDialog(waterfall));

        await harness.Flow().Send("hi").Send("again").StartTestAsync();

        Assert.Equal([new Profile("Bo", 2), new Profile("Bo", 2)], seen);
    }

    [Fact]
    public async Task OnlyMessagesMoveTheWaterfallOn()
    {
        var waterfall = new WaterfallDialog("steps",
        [
            (step, ct) => Task.FromResult(Dialog.EndOfTurn),
            async (step, ct) =>
            {
                await step.Context.SendActivityAsync($"moved on by {step.Result}", cancellationToken: ct);
                return await step.EndDialogAsync(null, ct);
            },
        ]);
        var typing = new Activity { Type = ActivityTypes.Typing };
        var ping = new Activity { Type = ActivityTypes.Event, Name = "ping" };

        await new DialogHarness(waterfall).Flow()
            .Send("hi")
            .Send(typing).Send(ping).AssertNoReply()
            .Send("text").AssertReply("moved on by text")
            .StartTestAsync();
    }

    [Fact]
    public async Task ACardSubmitReachesTheStepWithNoTextAndItsValueOnTheActivity()
    {
        var waterfall = new WaterfallDialog("steps",
        [
            (step, ct) => Task.FromResult(Dialog.EndOfTurn),
            async (step, ct) =>
            {
                var value = step.Context.Activity.Value!.Value.GetProperty("choice").GetString();
                await step.Context.SendActivityAsync($"result is {step.Result ?? "null"}, value is {value}", cancellationToken: ct);
                return await step.EndDialogAsync(null, ct);
            },
        ]);

        await new DialogHarness(waterfall).Flow()
            .Send("hi")
            .SendValue(new { choice = "reserve" })
            .AssertReply("result is null, value is reserve")
            .StartTestAsync();
    }

    [Fact]
    public async Task NextMayBeCalledOnlyOncePerStep()
    {
        var waterfall = new WaterfallDialog("steps",
        [
            async (step, ct) =>
            {
                await step.NextAsync(null, ct);
                return await step.NextAsync(null, ct);
            },
            (step, ct) => Task.FromResult(Dialog.EndOfTurn),
        ]);

        await Assert.ThrowsAsync<InvalidOperationException>(() => new DialogHarness(waterfall).Flow().Send("hi").StartTestAsync());
    }

    private sealed record Profile(string Name, int Seats);
}
