using System.Text.Json;
using System.Text.Json.Nodes;
using BotRuntime.Dialogs;
using BotRuntime.Dialogs.Prompts;
using BotRuntime.Schema;
using BotRuntime.State;
using BotRuntime.Testing;

namespace BotRuntime.Tests.Dialogs;

public class DialogStateStorageTests
{
    [Fact]
    public async Task TheStackIsStoredAsPlainJsonInConversationState()
    {
        var client = new DialogTestClient("test", Survey());

        await client.SendActivityAsync("hi");
        await client.SendActivityAsync("Ana");

        var stored = await client.ReadStoredConversationStateAsync();
        var outer = stored!["DialogState"]!["dialogStack"]!.AsArray();
        var stack = outer[0]!["state"]!["dialogs"]!["dialogStack"]!.AsArray();
        Assert.Equal(["survey-component"], outer.Select(i => (string?)i!["id"]));
        Assert.Equal(["seats", "survey"], stack.Select(i => (string?)i!["id"]));
        Assert.Equal("Ana", (string?)stack[1]!["state"]!["values"]!["name"]);
        Assert.Equal(1, (int?)stack[1]!["state"]!["stepIndex"]);
        Assert.Equal("How many seats?", (string?)stack[0]!["state"]!["options"]!["prompt"]!["text"]);
        Assert.Equal(0, (int?)stack[0]!["state"]!["state"]!["attemptCount"]);
    }

    [Fact]
    public void ANestedStackIsReadOnceAsALiveStackAndWrittenBackUnchanged()
    {
        const string json =
            """{"dialogStack":[{"id":"outer","state":{"dialogs":{"dialogStack":[{"id":"inner","state":{"dialogs":{"dialogStack":[{"id":"ask","state":{"options":{"prompt":{"type":"message","text":"Name?"}},"state":{"attemptCount":2}}}]}}}]},"flag":true,"Note":null}}]}""";

        var state = JsonSerializer.Deserialize<DialogState>(json, BotJson.Options)!;

        var outer = state.DialogStack[0].State;
        Assert.True(outer["dialogs"] is JsonValue value && value.TryGetValue<DialogState>(out var inner) && inner.DialogStack[0].Id == "inner");
        Assert.True((bool)outer["FLAG"]!, "keys match without regard to case, as the serializer's own objects do");
        Assert.Equal(json, JsonSerializer.Serialize(state, BotJson.Options));
    }

    [Fact]
    public async Task PromptOptionsKeptLiveDuringTheTurnAreStoredAsTheSameJsonTheyWereGivenAs()
    {
        var options = new PromptOptions
        {
            Prompt = MessageFactory.Text("How many seats?"),
            RetryPrompt = MessageFactory.Text("A number, please."),
            Validations = new JsonObject { ["max"] = 9 },
            MaxAttempts = 4,
        };
        var root = new ComponentDialog("root");
        root.AddDialog(new WaterfallDialog("steps", [(step, ct) => step.BeginDialogAsync("seats", options, ct)]));
        root.AddDialog(new NumberPrompt<int>("seats"));
        var client = new DialogTestClient("test", root);

        await client.SendActivityAsync("hi");

        var stored = await client.ReadStoredConversationStateAsync();
        var prompt = stored!["DialogState"]!["dialogStack"]![0]!["state"]!["dialogs"]!["dialogStack"]![0]!["state"]!["options"];
        Assert.True(JsonNode.DeepEquals(JsonSerializer.SerializeToNode(options, BotJson.Options), prompt), prompt?.ToJsonString());

        // Read back from storage on a later turn, they still drive the prompt: the retry text and the attempt limit.
        Assert.Equal("A number, please.", (await client.SendActivityAsync("many"))?.Text);
    }

    [Fact]
    public async Task ADialogContinuesFromStorageAloneOnAFreshInstanceEachTurn()
    {
        var storage = new MemoryStorage();
        var adapter = new TestAdapter();
        var replies = new List<string?>();

        foreach (var text in new[] { "hi", "Ana", "three", "yes" })
        {
            // A new dialog graph and a new ConversationState per turn, as on another server behind a load balancer.
            var conversationState = new ConversationState(storage);
            var accessor = conversationState.CreateProperty<DialogState>(DialogState.DefaultPropertyName);
            var survey = Survey();
            await adapter.SendTextToBotAsync(text, async (turn, ct) =>
            {
                await survey.RunAsync(turn, accessor, ct);
                await conversationState.SaveChangesAsync(turn, cancellationToken: ct);
            });
            while (adapter.GetNextReply() is { } reply)
            {
                replies.Add(reply.Text);
            }
        }

        Assert.Equal(["What is your name?", "How many seats?", "3 seats for Ana? (1) Yes or (2) No", "Booked 3 seats for Ana."], replies);
    }

    private static ComponentDialog Survey()
    {
        var survey = new ComponentDialog("survey-component");
        survey.AddDialog(new WaterfallDialog("survey",
        [
            (step, ct) => step.BeginDialogAsync("name", new PromptOptions { Prompt = MessageFactory.Text("What is your name?") }, ct),
            (step, ct) =>
            {
                step.Values["name"] = (string)step.Result!;
                return step.BeginDialogAsync("seats", new PromptOptions { Prompt = MessageFactory.Text("How many seats?") }, ct);
            },
            (step, ct) =>
            {
                step.Values["seats"] = (int)step.Result!;
                return step.BeginDialogAsync("confirm", new PromptOptions { Prompt = MessageFactory.Text($"{step.Result} seats for {step.Values["name"]}?") }, ct);
            },
            async (step, ct) =>
            {
                if (step.Result is true)
                {
                    await step.Context.SendActivityAsync($"Booked {step.Values["seats"]} seats for {step.Values["name"]}.", cancellationToken: ct);
                }

                return await step.EndDialogAsync(step.Values.DeepClone(), ct);
            },
        ]));
        survey.AddDialog(new TextPrompt("name"));
        survey.AddDialog(new NumberPrompt<int>("seats"));
        survey.AddDialog(new ConfirmPrompt("confirm"));
        return survey;
    }

    [Fact]
    public async Task TheLastTurnsResultAndStackAreVisibleToTheTestClient()
    {
        var client = new DialogTestClient("test", Survey());

        await client.SendActivityAsync("hi");
        await client.SendActivityAsync("Ana");
        await client.SendActivityAsync("2");
        var reply = await client.SendActivityAsync("no");

        Assert.Null(reply);
        Assert.Equal(DialogTurnStatus.Complete, client.DialogTurnResult!.Status);
        var values = Assert.IsType<JsonObject>(client.DialogTurnResult.Result);
        Assert.Equal(("Ana", 2), ((string?)values["name"], (int?)values["seats"]));
    }
}
