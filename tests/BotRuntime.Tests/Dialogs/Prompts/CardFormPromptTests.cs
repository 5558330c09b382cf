using System.Text.Json.Nodes;
using BotRuntime.Dialogs;
using BotRuntime.Dialogs.Prompts;
using BotRuntime.Schema;
using BotRuntime.Testing;

namespace BotRuntime.Tests.Dialogs.Prompts;

public class CardFormPromptTests
{
    private readonly List<CardFormState> built = [];

    private JsonObject ContactCard(CardFormState state)
    {
        built.Add(state);
        return new JsonObject
        {
            ["type"] = "AdaptiveCard",
            ["version"] = "1.5",
            ["body"] = new JsonArray(
                new JsonObject { ["type"] = "TextBlock", ["text"] = "Contact" },
                new JsonObject
                {
                    ["type"] = "Container",
                    ["items"] = new JsonArray(
                        new JsonObject { ["type"] = "Input.Text", ["id"] = "name", ["label"] = "Name" },
                        new JsonObject { ["type"] = "Input.Text", ["id"] = "email", ["label"] = "E-mail" },
                        new JsonObject { ["type"] = "Input.Number", ["id"] = "seats", ["label"] = "Seats" }),
                }),
            ["actions"] = new JsonArray(new JsonObject { ["type"] = "Action.Submit", ["title"] = "Send", ["data"] = new JsonObject { ["action"] = "send" } }),
        };
    }

    private static Task<IReadOnlyDictionary<string, string>> ValidateContact(CardFormValidatorContext context, CancellationToken cancellationToken)
    {
        var errors = new Dictionary<string, string>();
        if (string.IsNullOrWhiteSpace(context.Values.GetValueOrDefault("name")))
        {
            errors["name"] = "Please enter a name.";
        }

        if (!context.Values.GetValueOrDefault("email", string.Empty).Contains('@', StringComparison.Ordinal))
        {
            errors["email"] = "That is not an e-mail address.";
        }

        return Task.FromResult<IReadOnlyDictionary<string, string>>(errors);
    }

    private static CardFormOptions Options(int? maxAttempts = null) => new()
    {
        Prompt = MessageFactory.Text("Who should we contact?"),
        MaxAttempts = maxAttempts,
    };

    [Fact]
    public async Task TheCallersCardIsSentAsAnAdaptiveCard()
    {
        var (harness, _) = DialogHarness.ForPrompt(new CardFormPrompt("contact", ContactCard, ValidateContact), Options());

        await harness.Flow()
            .Send("hi")
            .AssertReply(reply => reply.Text == "Who should we contact?" && reply.InputHint == InputHints.ExpectingInput)
            .StartTestAsync();
        Assert.Single(built);
    }

    [Fact]
    public async Task AnInvalidSubmitComesBackWithFieldErrorsAndTheEnteredValues()
    {
        var (harness, results) = DialogHarness.ForPrompt(new CardFormPrompt("contact", ContactCard, ValidateContact), Options());

        await harness.Flow()
            .Send("hi").AssertCard(card => Inputs(card).All(i => i["value"] is null))
            .SendValue(new { action = "send", name = "", email = "ana.example.com", seats = "3" })
            .AssertCard(card =>
                ErrorText(card, "name") == "Please enter a name."
                && ErrorText(card, "email") == "That is not an e-mail address."
                && (string?)Input(card, "email")["value"] == "ana.example.com"
                && (string?)Input(card, "email")["errorMessage"] == "That is not an e-mail address."
                && Input(card, "seats")["value"]!.GetValueKind() == System.Text.Json.JsonValueKind.Number
                && (int)Input(card, "seats")["value"]! == 3)
            .SendValue(new { action = "send", name = "Ana", email = "ana@example.com", seats = "3" })
            .AssertNoReply()
            .StartTestAsync();

        var submitted = Assert.IsAssignableFrom<IReadOnlyDictionary<string, string>>(Assert.Single(results));
        Assert.Equal(("Ana", "ana@example.com", "3", "send"), (submitted["name"], submitted["email"], submitted["seats"], submitted["action"]));
        Assert.Equal(["name", "email"], built[1].Errors.Keys);
        Assert.Equal("ana.example.com", built[1].Values["email"]);
        Assert.Equal(1, built[1].AttemptCount);
    }

    [Fact]
    public async Task TypedTextIsNotFormDataAndGetsTheCardBackWithAHintWithoutUsingAnAttempt()
    {
        var validated = 0;
        var prompt = new CardFormPrompt("contact", ContactCard, (context, ct) =>
        {
            validated++;
            return ValidateContact(context, ct);
        });
        var (harness, results) = DialogHarness.ForPrompt(prompt, Options(maxAttempts: 1));

        await harness.Flow()
            .Send("hi").AssertReply(_ => true)
            .Send("Ana, ana@example.com")
            .AssertReply(reply => reply.Text == "Please fill in the card and select its button to send it." && TestFlow.AdaptiveCards(reply).Any())
            .StartTestAsync();
        Assert.Equal(0, validated);
        Assert.Empty(results);

        await harness.Flow().SendValue(new { name = "Ana", email = "ana@example.com" }).StartTestAsync();
        Assert.Equal("Ana", Assert.IsAssignableFrom<IReadOnlyDictionary<string, string>>(Assert.Single(results))["name"]);
    }

    [Fact]
    public async Task TheHintIsInTheUsersLanguage()
    {
        var (harness, _) = DialogHarness.ForPrompt(new CardFormPrompt("contact", ContactCard, ValidateContact), Options(), new TestAdapter { Locale = "nl-NL" });

        await harness.Flow()
            .Send("hoi").AssertReply(_ => true)
            .Send("Ana").AssertReply("Vul de kaart in en kies de knop om deze te versturen.")
            .StartTestAsync();
    }

    [Fact]
    public async Task InitialValuesAreShownInTheInputs()
    {
        var options = Options();
        options.Values = new Dictionary<string, string> { ["name"] = "Ana" };
        var (harness, _) = DialogHarness.ForPrompt(new CardFormPrompt("contact", ContactCard, ValidateContact), options);

        await harness.Flow().Send("hi").AssertCard(card => (string?)Input(card, "name")["value"] == "Ana").StartTestAsync();
    }

    [Fact]
    public async Task AnErrorForNoInputIsShownAtTheTopOfTheCard()
    {
        var prompt = new CardFormPrompt("contact", ContactCard, (context, ct) =>
            Task.FromResult<IReadOnlyDictionary<string, string>>(new Dictionary<string, string> { [""] = "This order was changed meanwhile." }));
        var (harness, _) = DialogHarness.ForPrompt(prompt, Options());

        await harness.Flow()
            .Send("hi").AssertReply(_ => true)
            .SendValue(new { name = "Ana" })
            .AssertCard(card => (string?)card["body"]![0]!["text"] == "This order was changed meanwhile.")
            .StartTestAsync();
    }

    [Fact]
    public async Task AfterMaxAttemptsRejectedSubmitsThePromptEndsWithTooManyAttempts()
    {
        var (harness, results) = DialogHarness.ForPrompt(new CardFormPrompt("contact", ContactCard, ValidateContact), Options(maxAttempts: 2));

        await harness.Flow()
            .Send("hi").AssertReply(_ => true)
            .SendValue(new { name = "" }).AssertCard(_ => true)
            .SendValue(new { name = "" }).AssertNoReply()
            .StartTestAsync();

        Assert.Equal([new TooManyAttempts("contact", 2)], results);
    }

    [Fact]
    public async Task WithoutAValidatorAnySubmitIsAccepted()
    {
        var (harness, results) = DialogHarness.ForPrompt(new CardFormPrompt("contact", ContactCard), Options());

        await harness.Flow().Send("hi").SendValue(new { name = "Bo", extra = new { nested = true } }).StartTestAsync();

        var submitted = Assert.IsAssignableFrom<IReadOnlyDictionary<string, string>>(Assert.Single(results));
        Assert.Equal(("Bo", "{\"nested\":true}"), (submitted["name"], submitted["extra"]));
    }

    [Fact]
    public async Task HelpTypedWhileTheFormIsOpenIsHandledByTheCallersDialog()
    {
        var form = new FormDialog(new CardFormPrompt("contact", ContactCard, ValidateContact));

        await new DialogHarness(form).Flow()
            .Send("hi").AssertReply(_ => true)
            .Send("help").AssertReply("Help: answer the question, or say cancel.").AssertNoReply()
            .SendValue(new { name = "Ana", email = "ana@example.com" }).AssertReply("Thanks, Ana.")
            .StartTestAsync();
    }

    private static IEnumerable<JsonObject> Inputs(JsonObject card) =>
        card["body"]![1]!["items"]!.AsArray().Select(n => n!.AsObject()).Where(o => ((string?)o["type"])!.StartsWith("Input.", StringComparison.Ordinal));

    private static JsonObject Input(JsonObject card, string id) => Inputs(card).Single(i => (string?)i["id"] == id);

    // The error must sit right after its input.
    private static string? ErrorText(JsonObject card, string id)
    {
        var items = card["body"]![1]!["items"]!.AsArray();
        var index = items.Select((n, i) => (n, i)).Single(x => (string?)x.n!["id"] == id).i;
        var next = items[index + 1]!;
        return (string?)next["id"] == id + "-error" && (string?)next["color"] == "attention" ? (string?)next["text"] : null;
    }

    private sealed class FormDialog : CancelAndHelpDialog
    {
        public FormDialog(CardFormPrompt form)
            : base("form")
        {
            AddDialog(new WaterfallDialog("steps",
            [
                (step, ct) => step.BeginDialogAsync(form.Id, new CardFormOptions(), ct),
                async (step, ct) =>
                {
                    var values = (IReadOnlyDictionary<string, string>)step.Result!;
                    await step.Context.SendActivityAsync($"Thanks, {values["name"]}.", cancellationToken: ct);
                    return await step.EndDialogAsync(null, ct);
                },
            ]));
            AddDialog(form);
        }
    }
}
