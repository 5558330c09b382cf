using System.Text.Json;
using System.Text.Json.Nodes;
using BotRuntime.Schema;

namespace BotRuntime.Dialogs.Prompts;

// Sends an Adaptive Card form and waits for its submit (a message whose value is an object). The caller's
// validator returns errors by input id; the card is then sent again with the entered values filled in and each
// error under its input. Ends with the submitted values once valid, or with TooManyAttempts after MaxAttempts
// rejected submits. Typed text is never taken as form data: the card comes back with a hint. Interruptions
// (help, cancel) belong to the caller's dialog, which sees the message before this prompt does.
public class CardFormPrompt : Dialog
{
    private const string OptionsKey = "options";
    private const string ValuesKey = "values";
    private const string ErrorsKey = "errors";
    private const string AttemptCountKey = "attemptCount";

    private readonly Func<CardFormState, JsonObject> buildCard;
    private readonly CardFormValidator? validator;
    private readonly IPromptVocabularyProvider vocabulary;

    public CardFormPrompt(string dialogId, Func<CardFormState, JsonObject> buildCard, CardFormValidator? validator = null, IPromptVocabularyProvider? vocabulary = null)
        : base(dialogId)
    {
        ArgumentNullException.ThrowIfNull(buildCard);
        this.buildCard = buildCard;
        this.validator = validator;
        this.vocabulary = vocabulary ?? PromptVocabularies.Default;
    }

    public string? DefaultLocale { get; set; }

    // Used when CardFormOptions.MaxAttempts is not set; null means ask until valid.
    public int? MaxAttempts { get; set; }

    // When false the card is sent as built: the builder shows values and errors itself.
    public bool ShowValuesAndErrorsOnCard { get; set; } = true;

    public override async Task<DialogTurnResult> BeginDialogAsync(DialogContext dc, object? options = null, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(dc);
        if (options is not (null or CardFormOptions))
        {
            throw new ArgumentException($"Card form '{Id}' expects CardFormOptions, not {options.GetType().Name}.", nameof(options));
        }

        var formOptions = (CardFormOptions?)options ?? new CardFormOptions();
        var state = dc.ActiveDialog!.State;
        state[OptionsKey] = DialogOptionsJson.ToNode(formOptions);
        state[ValuesKey] = DialogOptionsJson.ToNode(formOptions.Values ?? new Dictionary<string, string>());
        state[ErrorsKey] = new JsonObject();
        state[AttemptCountKey] = 0;
        await SendCardAsync(dc.Context, dc.ActiveDialog, hint: false, cancellationToken).ConfigureAwait(false);
        return EndOfTurn;
    }

    public override async Task<DialogTurnResult> ContinueDialogAsync(DialogContext dc, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(dc);
        var activity = dc.Context.Activity;
        if (!activity.IsType(ActivityTypes.Message))
        {
            return EndOfTurn;
        }

        var instance = dc.ActiveDialog!;
        if (activity.Value is not { ValueKind: JsonValueKind.Object } submit)
        {
            await SendCardAsync(dc.Context, instance, hint: true, cancellationToken).ConfigureAwait(false);
            return EndOfTurn;
        }

        var options = ReadOptions(instance);
        var values = CardFormInputs.ReadSubmit(submit);
        var attemptCount = (instance.State[AttemptCountKey]?.GetValue<int>() ?? 0) + 1;
        var errors = validator is null
            ? new Dictionary<string, string>()
            : await validator(new CardFormValidatorContext(dc.Context, values, attemptCount, Culture(dc.Context), options.Data), cancellationToken).ConfigureAwait(false);
        if (errors.Count == 0)
        {
            return await dc.EndDialogAsync(values, cancellationToken).ConfigureAwait(false);
        }

        instance.State[AttemptCountKey] = attemptCount;
        if ((options.MaxAttempts ?? MaxAttempts) is int maxAttempts && attemptCount >= maxAttempts)
        {
            return await dc.EndDialogAsync(new TooManyAttempts(Id, attemptCount), cancellationToken).ConfigureAwait(false);
        }

        instance.State[ValuesKey] = DialogOptionsJson.ToNode(values);
        instance.State[ErrorsKey] = DialogOptionsJson.ToNode(errors);
        await SendCardAsync(dc.Context, instance, hint: false, cancellationToken).ConfigureAwait(false);
        return EndOfTurn;
    }

    public override async Task<DialogTurnResult> ResumeDialogAsync(DialogContext dc, DialogReason reason, object? result = null, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(dc);
        await RepromptDialogAsync(dc.Context, dc.ActiveDialog!, cancellationToken).ConfigureAwait(false);
        return EndOfTurn;
    }

    public override Task RepromptDialogAsync(ITurnContext turnContext, DialogInstance instance, CancellationToken cancellationToken = default) =>
        SendCardAsync(turnContext, instance, hint: false, cancellationToken);

    // The card the user sees now, built from the dialog's state.
    protected virtual JsonObject BuildCard(ITurnContext turnContext, DialogInstance instance)
    {
        ArgumentNullException.ThrowIfNull(turnContext);
        ArgumentNullException.ThrowIfNull(instance);
        var options = ReadOptions(instance);
        var values = ReadStrings(instance.State[ValuesKey]);
        var errors = ReadStrings(instance.State[ErrorsKey]);
        var attemptCount = instance.State[AttemptCountKey]?.GetValue<int>() ?? 0;
        var card = buildCard(new CardFormState(values, errors, attemptCount, Culture(turnContext), options.Data?.DeepClone()));
        card = (JsonObject)card.DeepClone();
        return ShowValuesAndErrorsOnCard ? CardFormInputs.Apply(card, values, errors) : card;
    }

    private async Task SendCardAsync(ITurnContext turnContext, DialogInstance instance, bool hint, CancellationToken cancellationToken)
    {
        var options = ReadOptions(instance);
        var message = hint
            ? options.TextHint ?? MessageFactory.Text(vocabulary.GetVocabulary(Culture(turnContext)).CardFormTextHint)
            : options.Prompt ?? MessageFactory.Text(null);
        message.Type ??= ActivityTypes.Message;
        message.Attachments = [.. message.Attachments ?? [], Attachment.CreateAdaptiveCard(BuildCard(turnContext, instance))];
        message.InputHint = InputHints.ExpectingInput;
        await turnContext.SendActivityAsync(message, cancellationToken).ConfigureAwait(false);
    }

    private string Culture(ITurnContext turnContext) =>
        turnContext.Locale is { Length: > 0 } locale ? locale : DefaultLocale ?? Recognizers.RecognitionCulture.DefaultLocale;

    private static CardFormOptions ReadOptions(DialogInstance instance) =>
        DialogOptionsJson.FromNode<CardFormOptions>(instance.State[OptionsKey]) ?? new CardFormOptions();

    private static Dictionary<string, string> ReadStrings(JsonNode? node) =>
        DialogOptionsJson.FromNode<Dictionary<string, string>>(node) ?? new Dictionary<string, string>(StringComparer.Ordinal);
}
