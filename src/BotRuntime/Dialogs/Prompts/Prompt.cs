using System.Text.Json.Nodes;
using BotRuntime.Dialogs.Choices;
using BotRuntime.Recognizers;
using BotRuntime.Schema;

namespace BotRuntime.Dialogs.Prompts;

// Asks, recognizes the answer, validates it, and re-asks until valid; ends with the value, or with TooManyAttempts
// once MaxAttempts answers failed. State: {options, state:{attemptCount}}, as in the SDK.
public abstract class Prompt<T> : Dialog
{
    private const string OptionsKey = "options";
    private const string StateKey = "state";
    private const string AttemptCountKey = "attemptCount";

    private readonly PromptValidator<T>? validator;

    protected Prompt(string dialogId, PromptValidator<T>? validator = null)
        : base(dialogId)
    {
        this.validator = validator;
    }

    // Used when the activity and the turn carry no locale.
    public string? DefaultLocale { get; set; }

    // Used when PromptOptions.MaxAttempts is not set; null means ask until answered.
    public int? MaxAttempts { get; set; }

    public override async Task<DialogTurnResult> BeginDialogAsync(DialogContext dc, object? options = null, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(dc);
        if (options is not (null or PromptOptions))
        {
            throw new ArgumentException($"Prompt '{Id}' expects PromptOptions, not {options.GetType().Name}.", nameof(options));
        }

        var instance = dc.ActiveDialog!;
        instance.State[OptionsKey] = DialogOptionsJson.Live(options as PromptOptions ?? new PromptOptions());
        instance.State[StateKey] = new JsonObject { [AttemptCountKey] = 0 };
        await OnPromptAsync(dc.Context, PromptState(instance), ReadOptions(instance), false, cancellationToken).ConfigureAwait(false);
        return EndOfTurn;
    }

    public override async Task<DialogTurnResult> ContinueDialogAsync(DialogContext dc, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(dc);
        if (!dc.Context.Activity.IsType(ActivityTypes.Message))
        {
            return EndOfTurn;
        }

        var instance = dc.ActiveDialog!;
        var state = PromptState(instance);
        var options = ReadOptions(instance);
        var recognized = await OnRecognizeAsync(dc.Context, state, options, cancellationToken).ConfigureAwait(false);
        var attemptCount = (state[AttemptCountKey]?.GetValue<int>() ?? 0) + 1;
        state[AttemptCountKey] = attemptCount;

        var sent = SentMessageCounter.For(dc.Context);
        var sentBeforeValidation = sent.Count;
        var isValid = validator is null
            ? recognized.Succeeded
            : await validator(new PromptValidatorContext<T>(dc.Context, recognized, state, options, attemptCount), cancellationToken).ConfigureAwait(false);
        if (isValid)
        {
            return await dc.EndDialogAsync(recognized.Value, cancellationToken).ConfigureAwait(false);
        }

        if ((options.MaxAttempts ?? MaxAttempts) is int maxAttempts && attemptCount >= maxAttempts)
        {
            return await dc.EndDialogAsync(new TooManyAttempts(Id, attemptCount), cancellationToken).ConfigureAwait(false);
        }

        if (sent.Count == sentBeforeValidation)
        {
            await OnPromptAsync(dc.Context, state, options, true, cancellationToken).ConfigureAwait(false);
        }

        return EndOfTurn;
    }

    // A dialog begun on top of the prompt ended: ask again.
    public override async Task<DialogTurnResult> ResumeDialogAsync(DialogContext dc, DialogReason reason, object? result = null, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(dc);
        await RepromptDialogAsync(dc.Context, dc.ActiveDialog!, cancellationToken).ConfigureAwait(false);
        return EndOfTurn;
    }

    public override Task RepromptDialogAsync(ITurnContext turnContext, DialogInstance instance, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(instance);
        return OnPromptAsync(turnContext, PromptState(instance), ReadOptions(instance), false, cancellationToken);
    }

    protected virtual async Task OnPromptAsync(ITurnContext turnContext, JsonObject state, PromptOptions options, bool isRetry, CancellationToken cancellationToken)
    {
        var prompt = isRetry && options.RetryPrompt is not null ? options.RetryPrompt : options.Prompt;
        if (prompt is not null)
        {
            prompt.InputHint = InputHints.ExpectingInput;
            await turnContext.SendActivityAsync(prompt, cancellationToken).ConfigureAwait(false);
        }
    }

    protected abstract Task<PromptRecognizerResult<T>> OnRecognizeAsync(ITurnContext turnContext, JsonObject state, PromptOptions options, CancellationToken cancellationToken);

    // The turn's locale (the activity's unless the app overrode it), else DefaultLocale, else en-US.
    protected string Culture(ITurnContext turnContext) =>
        turnContext.Locale is { Length: > 0 } locale ? locale : DefaultLocale ?? RecognitionCulture.DefaultLocale;

    // The prompt with the choices added in the given style, as the SDK's Prompt.AppendChoices does.
    protected static Activity AppendChoices(Activity? prompt, ITurnContext turnContext, IReadOnlyList<Choice> choices, ListStyle style, ChoiceFactoryOptions options)
    {
        ArgumentNullException.ThrowIfNull(turnContext);
        var text = prompt?.Text;
        var activity = turnContext.Activity;
        var choiceMessage = style switch
        {
            ListStyle.Inline => ChoiceFactory.Inline(choices, text, options),
            ListStyle.List => ChoiceFactory.List(choices, text, options),
            ListStyle.SuggestedAction => ChoiceFactory.SuggestedAction(choices, text),
            ListStyle.HeroCard => ChoiceFactory.HeroCard(choices, text),
            ListStyle.None => MessageFactory.Text(text),
            _ => ChoiceFactory.ForChannel(activity.ChannelId, choices, text, options, activity.Conversation?.ConversationType),
        };

        var result = prompt?.Clone() ?? MessageFactory.Text(null);
        result.Type ??= ActivityTypes.Message;
        result.Text = choiceMessage.Text;
        if (choiceMessage.SuggestedActions is not null)
        {
            result.SuggestedActions = choiceMessage.SuggestedActions;
        }

        if (choiceMessage.Attachments is { Count: > 0 })
        {
            result.Attachments = [.. result.Attachments ?? [], .. choiceMessage.Attachments];
        }

        result.InputHint = InputHints.ExpectingInput;
        return result;
    }

    private static JsonObject PromptState(DialogInstance instance)
    {
        if (instance.State[StateKey] is not JsonObject state)
        {
            state = new JsonObject { [AttemptCountKey] = 0 };
            instance.State[StateKey] = state;
        }

        return state;
    }

    // Kept live and stored as PromptOptions (a subclass's own members are not kept): all a prompt reads of them.
    private static PromptOptions ReadOptions(DialogInstance instance) =>
        DialogOptionsJson.ReadLive(instance.State, OptionsKey, () => new PromptOptions());
}
